package cn.yrd.academy.identity.web;

import java.time.Instant;
import java.util.Set;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.ApiTokens;
import cn.yrd.academy.identity.internal.LoginStatus;
import cn.yrd.academy.shared.web.ApiController;
import cn.yrd.academy.shared.web.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Token login for scripts, and who the token belongs to.
 */
@ApiController
class ApiAuthController {

	private final AuthenticationManager authenticationManager;

	private final ApiTokens tokens;

	private final LoginStatus loginStatus;

	ApiAuthController(AuthenticationManager authenticationManager, ApiTokens tokens, LoginStatus loginStatus) {
		this.authenticationManager = authenticationManager;
		this.tokens = tokens;
		this.loginStatus = loginStatus;
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	record Me(String username, String displayName, long organizationId, Long trainingBaseId, Set<Role> roles) {
	}

	@PostMapping("/api/v1/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		try {
			authenticationManager.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.username(), request.password()));
		}
		catch (DisabledException ex) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "account-disabled", "login.error.disabled");
		}
		catch (AuthenticationException ex) {
			// The failure that locks the account is reported as bad credentials by Spring Security.
			if (ex instanceof LockedException || loginStatus.isLocked(request.username())) {
				throw new ApiException(HttpStatus.UNAUTHORIZED, "account-locked", "login.error.locked");
			}
			throw new ApiException(HttpStatus.UNAUTHORIZED, "bad-credentials", "login.error.bad-credentials");
		}
		ApiTokens.IssuedToken issued = tokens.issue(request.username());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal AcademyUser user) {
		return new Me(user.getUsername(), user.displayName(), user.organizationId(), user.trainingBaseId(),
				user.roles());
	}

}
