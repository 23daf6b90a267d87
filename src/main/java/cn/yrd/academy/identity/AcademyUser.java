package cn.yrd.academy.identity;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as other modules see it: identity, organization scope and roles.
 * The password hash is erased once authentication has finished.
 */
public final class AcademyUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private final String displayName;

	private final long organizationId;

	private final Long trainingBaseId;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private String passwordHash;

	public AcademyUser(long id, String username, String displayName, long organizationId, Long trainingBaseId,
			Set<Role> roles, String passwordHash, boolean enabled, boolean accountNonLocked) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.organizationId = organizationId;
		this.trainingBaseId = trainingBaseId;
		this.roles = Set.copyOf(roles);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public long organizationId() {
		return organizationId;
	}

	/** The training base a lab admin runs, or {@code null}. */
	public Long trainingBaseId() {
		return trainingBaseId;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AcademyUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "AcademyUser[" + username + "]";
	}

}
