package cn.yrd.academy.labs.web;

import java.util.List;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.internal.MachineNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which base a lab admin works on: a lab admin their own, always; a cluster admin the one named by
 * {@code ?base=CODE}, the first base when none is named.
 */
@Component
class LabAdminScope {

	private final TrainingBases bases;

	LabAdminScope(TrainingBases bases) {
		this.bases = bases;
	}

	TrainingBaseSummary base(AcademyUser user, String code) {
		if (user.hasRole(Role.CLUSTER_ADMIN)) {
			if (code == null || code.isBlank()) {
				return bases.all().stream().findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No training base yet"));
			}
			return bases.findByCode(code)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No training base " + code));
		}
		TrainingBaseSummary own = own(user);
		if (code != null && !code.isBlank() && !code.equals(own.code())) {
			throw new AccessDeniedException("A lab admin works on their own base only");
		}
		return own;
	}

	/** The machine's base, if the user may manage it; another base's machine is not found. */
	TrainingBaseSummary baseOf(AcademyUser user, LabMachine machine) {
		if (!user.hasRole(Role.CLUSTER_ADMIN) && (user.trainingBaseId() == null
				|| user.trainingBaseId() != machine.baseId())) {
			throw new MachineNotFoundException(machine.id());
		}
		return bases.find(machine.baseId()).orElseThrow(() -> new MachineNotFoundException(machine.id()));
	}

	/** The bases a cluster admin may switch between; none for a lab admin. */
	List<TrainingBaseSummary> switchable(AcademyUser user) {
		return user.hasRole(Role.CLUSTER_ADMIN) ? bases.all() : List.of();
	}

	private TrainingBaseSummary own(AcademyUser user) {
		if (user.trainingBaseId() == null) {
			throw new AccessDeniedException("This lab admin runs no training base");
		}
		return bases.find(user.trainingBaseId())
			.orElseThrow(() -> new AccessDeniedException("The lab admin's training base is gone"));
	}

}
