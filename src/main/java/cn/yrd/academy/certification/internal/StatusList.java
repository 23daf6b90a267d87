package cn.yrd.academy.certification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.yrd.academy.certification.BitstringStatusList;

/** An organization's revocation status list; hands out indexes in order and sets bits on revocation. */
@Entity
@Table(name = "credential_status_lists")
class StatusList {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_code")
	private String organizationCode;

	@Column(name = "list_number")
	private int listNumber;

	private byte[] bits;

	@Column(name = "next_index")
	private int nextIndex;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected StatusList() {
	}

	/** The next free index, or -1 when the list is full. */
	int allocate(Instant now) {
		if (nextIndex >= bits.length * 8) {
			return -1;
		}
		updatedAt = now;
		return nextIndex++;
	}

	void revoke(int index, Instant now) {
		if (index < 0 || index >= nextIndex) {
			throw new IllegalArgumentException("Status index " + index + " was never handed out");
		}
		BitstringStatusList list = bitstring();
		list.set(index);
		bits = list.toBytes();
		updatedAt = now;
	}

	BitstringStatusList bitstring() {
		return BitstringStatusList.fromBytes(bits);
	}

	boolean wasHandedOut(int index) {
		return index >= 0 && index < nextIndex;
	}

	int listNumber() {
		return listNumber;
	}

	String organizationCode() {
		return organizationCode;
	}

	Instant updatedAt() {
		return updatedAt;
	}

}
