package cn.yrd.academy.remote.internal;

import cn.yrd.academy.booking.LabBookings;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.UserDirectory;
import cn.yrd.academy.labs.LabMachines;
import org.springframework.stereotype.Component;

/**
 * Who may see a remote session besides the student: the instructors of the booking's course and the lab admins
 * of the machine's base watch it live and replay it; only lab admins and cluster admins may end it (an
 * instructor is a guest at the base, its machines are not theirs to run).
 */
@Component
public class SessionAccess {

	private final LabBookings bookings;

	private final LabMachines machines;

	private final LabExercises exercises;

	private final UserDirectory users;

	SessionAccess(LabBookings bookings, LabMachines machines, LabExercises exercises, UserDirectory users) {
		this.bookings = bookings;
		this.machines = machines;
		this.exercises = exercises;
		this.users = users;
	}

	public boolean mayObserve(AcademyUser user, RemoteSession session) {
		return mayEnd(user, session) || (user.hasRole(Role.INSTRUCTOR) && bookings.find(session.getBookingId())
			.map(booking -> exercises.teaches(user, booking.courseCode())).orElse(false));
	}

	public boolean mayEnd(AcademyUser user, RemoteSession session) {
		return user.hasRole(Role.CLUSTER_ADMIN) || (user.hasRole(Role.LAB_ADMIN) && machines
			.find(session.getMachineId()).map(machine -> users.labAdminsOf(machine.baseId()).contains(user.id()))
			.orElse(false));
	}

	public boolean mayReplay(AcademyUser user, RemoteSession session) {
		return session.getUserId() == user.id() || mayObserve(user, session);
	}

}
