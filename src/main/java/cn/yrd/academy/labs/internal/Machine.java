package cn.yrd.academy.labs.internal;

import java.time.Instant;

import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineState;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A lab machine (实训设备) registered at a training base. Its secrets are kept only as the vault's
 * ciphertext; this class never sees them in the clear.
 */
@Entity
@Table(name = "lab_machines")
class Machine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "base_id")
	private long baseId;

	private String name;

	@Column(name = "image_code")
	private String imageCode;

	private String host;

	private int port;

	private String protocol;

	@Enumerated(EnumType.STRING)
	private MachineState state;

	@Basic(fetch = FetchType.EAGER)
	@Column(name = "secrets")
	private byte[] sealedSecrets;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private int version;

	protected Machine() {
	}

	Machine(long baseId, MachineDetails details, Instant now) {
		this.baseId = baseId;
		this.createdAt = now;
		this.state = details.state();
		update(details, now);
	}

	/** Changes the description; returns whether it was just put into maintenance or retired. */
	boolean update(MachineDetails details, Instant now) {
		this.name = details.name();
		this.imageCode = details.imageCode();
		this.host = details.host();
		this.port = details.port();
		this.protocol = details.protocol();
		boolean withdrawn = details.state() != state && details.state() != MachineState.ACTIVE;
		this.state = details.state();
		this.updatedAt = now;
		return withdrawn;
	}

	void storeSecrets(byte[] ciphertext, Instant now) {
		this.sealedSecrets = ciphertext;
		this.updatedAt = now;
	}

	void clearSecrets(Instant now) {
		this.sealedSecrets = null;
		this.updatedAt = now;
	}

	boolean hasSecrets() {
		return sealedSecrets != null;
	}

	byte[] sealedSecrets() {
		return sealedSecrets;
	}

	LabMachine toLabMachine() {
		return new LabMachine(id, baseId, name, imageCode, host, port, protocol, state);
	}

	Long getId() {
		return id;
	}

	long getBaseId() {
		return baseId;
	}

	String getName() {
		return name;
	}

	String getHost() {
		return host;
	}

	int getPort() {
		return port;
	}

	MachineState getState() {
		return state;
	}

	@Override
	public String toString() {
		return "Machine[" + id + " " + name + " at base " + baseId + "]";
	}

}
