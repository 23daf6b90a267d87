package cn.yrd.academy.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabHours;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.shared.time.ClusterTime;
import cn.yrd.academy.shared.time.TimeRange;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Class blocks: an instructor asks for machines for a course's class, the base's lab admin sees what
 * already holds those machines and approves or rejects. Approval reserves only machines free for a whole
 * occurrence; a booking a student already holds is never taken away.
 */
@Service
public class ClassBlocks {

	static final Duration MAX_LENGTH = Duration.ofHours(12);

	static final int MAX_WEEKS = 16;

	static final int MAX_NOTE = 500;

	/**
	 * What an instructor asks for. Start and end are the first occurrence; {@code weeks} occurrences follow
	 * weekly at the same time of day in Asia/Shanghai.
	 */
	public record Request(String courseCode, String baseCode, String imageCode, Integer seats, Instant start,
			Instant end, Integer weeks, String note) {
	}

	private final ClassBlockRepository blocks;

	private final BlockOccupancy occupancy;

	private final Cells cells;

	private final LabExercises labs;

	private final LabHours hours;

	private final TrainingBases bases;

	private final Notices notices;

	private final ClusterTime clusterTime;

	private final Clock clock;

	ClassBlocks(ClassBlockRepository blocks, BlockOccupancy occupancy, Cells cells, LabExercises labs,
			LabHours hours, TrainingBases bases, Notices notices, ClusterTime clusterTime,
			Clock clock) {
		this.blocks = blocks;
		this.occupancy = occupancy;
		this.cells = cells;
		this.labs = labs;
		this.hours = hours;
		this.bases = bases;
		this.notices = notices;
		this.clusterTime = clusterTime;
		this.clock = clock;
	}

	/**
	 * Records the request for the base's lab admin to decide.
	 * @throws BlockRefused naming the field at fault; nothing is written then
	 */
	@Transactional
	public ClassBlock request(Request request, AcademyUser instructor) {
		String course = request.courseCode() == null ? "" : request.courseCode().strip();
		if (course.isEmpty() || !labs.teaches(instructor, course)) {
			throw new BlockRefused("courseCode", "block.error.notTaught");
		}
		TrainingBaseSummary base = bases.findByCode(request.baseCode() == null ? "" : request.baseCode().strip())
			.orElseThrow(() -> new BlockRefused("baseCode", "block.error.unknownBase"));
		String image = request.imageCode() == null ? "" : request.imageCode().strip();
		if (labs.ofCourse(course, instructor).stream().map(LabExerciseSummary::imageCode).noneMatch(image::equals)) {
			throw new BlockRefused("imageCode", "block.error.imageNotInCourse", course);
		}
		requireSeats(base, image, request.seats());
		TimeRange first = firstOccurrence(request);
		if (request.weeks() == null || request.weeks() < 1 || request.weeks() > MAX_WEEKS) {
			throw new BlockRefused("weeks", "block.error.weeks", MAX_WEEKS);
		}
		String note = request.note() == null ? "" : request.note().strip();
		if (note.length() > MAX_NOTE) {
			throw new BlockRefused("note", "block.error.noteTooLong", MAX_NOTE);
		}
		requireOpen(base, ClassBlock.occurrences(first, request.weeks()));
		return blocks.saveAndFlush(new ClassBlock(course, instructor.id(), base.id(), image, request.seats(), first,
				request.weeks(), note, clock.instant()));
	}

	/** Asks for 1 up to as many machines as the base has active for the image. */
	private void requireSeats(TrainingBaseSummary base, String image, Integer seats) {
		int available = occupancy.machinesFor(base.id(), image).size();
		if (available == 0) {
			throw new BlockRefused("imageCode", "block.error.noMachines");
		}
		if (seats == null || seats < 1 || seats > available) {
			throw new BlockRefused("seats", "block.error.seats", available);
		}
	}

	/** Every occurrence lies inside one of the base's open times; closure days count as closed. */
	private void requireOpen(TrainingBaseSummary base, List<TimeRange> occurrences) {
		for (TimeRange occurrence : occurrences) {
			if (hours.openTimes(base.id(), occurrence.start(), occurrence.end()).stream()
				.noneMatch(open -> open.contains(occurrence))) {
				throw new BlockRefused("date", "block.error.closed", clusterTime.format(occurrence.start()));
			}
		}
	}

	private TimeRange firstOccurrence(Request request) {
		if (request.start() == null || request.end() == null) {
			throw new BlockRefused("date", "block.error.timeRequired");
		}
		if (!SlotGrid.isOnGrid(request.start()) || !SlotGrid.isOnGrid(request.end())) {
			throw new BlockRefused("startTime", "block.error.offGrid");
		}
		if (!request.end().isAfter(request.start())) {
			throw new BlockRefused("endTime", "block.error.endBeforeStart");
		}
		if (Duration.between(request.start(), request.end()).compareTo(MAX_LENGTH) > 0) {
			throw new BlockRefused("endTime", "block.error.tooLong", MAX_LENGTH.toHours());
		}
		if (!request.start().isAfter(clock.instant())) {
			throw new BlockRefused("date", "block.error.inPast");
		}
		return new TimeRange(request.start(), request.end());
	}

	/** What holds the block's machines in each occurrence, for the lab admin who decides. */
	@Transactional(readOnly = true)
	public List<BlockOccupancy.Occurrence> conflicts(long blockId, AcademyUser labAdmin) {
		ClassBlock block = blocks.findById(blockId).orElseThrow(() -> new ClassBlockNotFoundException(blockId));
		requireLabAdminOf(block.getBaseId(), labAdmin);
		return occupancy.of(block);
	}

	/**
	 * Reserves {@code seats} machines free for the whole of every occurrence, or nothing.
	 * @throws BlockRefused when an occurrence has too few free machines or one was taken meanwhile
	 */
	@Transactional
	public ClassBlock approve(long blockId, AcademyUser labAdmin) {
		ClassBlock block = lock(blockId);
		requireLabAdminOf(block.getBaseId(), labAdmin);
		block.requireStatus(ClassBlock.Status.REQUESTED);
		List<BlockOccupancy.Occurrence> occurrences = occupancy.of(block);
		String shortfall = occurrences.stream()
			.filter(occurrence -> occurrence.free() < block.getSeats())
			.map(occurrence -> clusterTime.format(occurrence.range().start()) + " (" + occurrence.free() + ")")
			.collect(Collectors.joining(", "));
		if (!shortfall.isEmpty()) {
			throw new BlockRefused(null, "block.error.notEnoughFree", block.getSeats(), shortfall);
		}
		for (BlockOccupancy.Occurrence occurrence : occurrences) {
			for (LabMachine machine : occurrence.freeMachines().subList(0, block.getSeats())) {
				if (!cells.reserveForBlock(machine.id(), block.getId(), occurrence.range())) {
					throw new BlockRefused(null, "block.error.takenMeanwhile",
							clusterTime.format(occurrence.range().start()));
				}
			}
		}
		block.approve(labAdmin.id(), clock.instant());
		blocks.flush();
		notices.blockDecided(block, true, "");
		return block;
	}

	@Transactional
	public ClassBlock reject(long blockId, AcademyUser labAdmin, String note) {
		ClassBlock block = lock(blockId);
		requireLabAdminOf(block.getBaseId(), labAdmin);
		String reason = note == null ? "" : note.strip();
		if (reason.isEmpty()) {
			throw new BlockRefused("note", "block.error.reasonRequired");
		}
		if (reason.length() > MAX_NOTE) {
			throw new BlockRefused("note", "block.error.noteTooLong", MAX_NOTE);
		}
		block.reject(labAdmin.id(), reason, clock.instant());
		blocks.flush();
		notices.blockDecided(block, false, reason);
		return block;
	}

	/** Withdraws a request or gives back an approved block's open seats; students' bookings in it stay. */
	@Transactional
	public ClassBlock cancel(long blockId, AcademyUser instructor) {
		ClassBlock block = lock(blockId);
		if (block.getRequestedBy() != instructor.id() && !instructor.hasRole(Role.CLUSTER_ADMIN)) {
			throw new ClassBlockNotFoundException(blockId);
		}
		block.cancel();
		cells.releaseBlock(block.getId());
		blocks.flush();
		return block;
	}

	@Transactional(readOnly = true)
	public List<ClassBlock> requestedBy(AcademyUser instructor) {
		return blocks.findByRequestedByOrderByStartsAtDescIdDesc(instructor.id());
	}

	@Transactional(readOnly = true)
	public List<ClassBlock> atBase(long baseId, AcademyUser labAdmin) {
		requireLabAdminOf(baseId, labAdmin);
		return blocks.findByBaseIdOrderByStartsAtAscIdAsc(baseId);
	}

	/** The base a block is at, whoever asks: it names no one. */
	@Transactional(readOnly = true)
	public Optional<Long> baseOf(long blockId) {
		return blocks.findById(blockId).map(ClassBlock::getBaseId);
	}

	/** Whether the user decides on class blocks at the base: its lab admin, or a cluster admin. */
	public static boolean decidesAt(long baseId, AcademyUser user) {
		return user.hasRole(Role.CLUSTER_ADMIN)
				|| user.hasRole(Role.LAB_ADMIN) && Objects.equals(user.trainingBaseId(), baseId);
	}

	private static void requireLabAdminOf(long baseId, AcademyUser user) {
		if (!decidesAt(baseId, user)) {
			throw new BlockRefused(null, "block.error.notYourBase");
		}
	}

	private ClassBlock lock(long blockId) {
		return blocks.lockById(blockId).orElseThrow(() -> new ClassBlockNotFoundException(blockId));
	}

}
