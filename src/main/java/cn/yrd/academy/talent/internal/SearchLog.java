package cn.yrd.academy.talent.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A search a company user ran over the talent pool, with what it asked and how many it found. */
@Entity
@Table(name = "talent_searches")
public class SearchLog {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id")
	private long organizationId;

	@Column(name = "searcher_id")
	private long searcherId;

	private String query;

	@Column(name = "result_count")
	private long resultCount;

	@Column(name = "searched_at")
	private Instant searchedAt;

	protected SearchLog() {
	}

	SearchLog(long organizationId, long searcherId, String query, long resultCount, Instant searchedAt) {
		this.organizationId = organizationId;
		this.searcherId = searcherId;
		this.query = query.length() > 1000 ? query.substring(0, 1000) : query;
		this.resultCount = resultCount;
		this.searchedAt = searchedAt;
	}

	public String getQuery() {
		return query;
	}

	public long getResultCount() {
		return resultCount;
	}

}
