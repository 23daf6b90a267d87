package cn.yrd.academy.learning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file of a submission: stored under a generated name, shown and downloaded under the student's original name.
 */
@Embeddable
public class SubmittedFile {

	@Column(name = "stored_name")
	private String storedName;

	@Column(name = "original_name")
	private String originalName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	protected SubmittedFile() {
	}

	SubmittedFile(String storedName, String originalName, String contentType, long size, String sha256) {
		this.storedName = storedName;
		this.originalName = originalName;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
	}

	public String getStoredName() {
		return storedName;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

}
