package cn.yrd.academy.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.Role;
import cn.yrd.academy.identity.internal.Directory;
import cn.yrd.academy.identity.internal.OrganizationRepository;
import cn.yrd.academy.identity.internal.TrainingBase;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.internal.BaseSchedule;
import cn.yrd.academy.labs.internal.DailyRange;
import cn.yrd.academy.labs.internal.MachineDetails;
import cn.yrd.academy.labs.internal.MachineRegistry;

/**
 * Training bases of their own for class block tests, with the demo opening hours (Mon–Sat 08:00–21:00,
 * Sun 09:00–17:00) and a number of PLC machines, so the demo bases stay as other tests expect them.
 */
public final class BlockTestBases {

	public static final String PLC = "plc-s7-1200";

	/** A base, its machines by name, and a lab admin principal for it. */
	public record TestBase(long id, String code, List<Long> machineIds, AcademyUser labAdmin) {

		public long machine(int index) {
			return machineIds.get(index);
		}

	}

	private final Directory directory;

	private final OrganizationRepository organizations;

	private final BaseSchedule schedule;

	private final MachineRegistry machines;

	public BlockTestBases(Directory directory, OrganizationRepository organizations, BaseSchedule schedule,
			MachineRegistry machines) {
		this.directory = directory;
		this.organizations = organizations;
		this.schedule = schedule;
		this.machines = machines;
	}

	/** A base of SJTU with {@code count} PLC machines. */
	public TestBase create(int count) {
		String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long sjtu = organizations.findByCode("SJTU").orElseThrow().getId();
		TrainingBase base = directory.saveBase(null, new Directory.BaseDetails("BLOCKS-" + suffix, sjtu,
				"课堂包时段测试基地" + suffix, "Block test base " + suffix, Province.SH, "上海", "测试路2号"), "test");
		Map<DayOfWeek, List<DailyRange>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, day == DayOfWeek.SUNDAY ? List.of(new DailyRange(LocalTime.of(9, 0), LocalTime.of(17, 0)))
					: List.of(new DailyRange(LocalTime.of(8, 0), LocalTime.of(21, 0))));
		}
		schedule.replaceWeeklyHours(base.getId(), week);
		List<Long> ids = IntStream.rangeClosed(1, count)
			.mapToObj(i -> machines.register(base.getId(), new MachineDetails("PLC-%02d".formatted(i), PLC,
					"127.0.0.1", 5900 + i, "vnc", MachineState.ACTIVE), MachineSecrets.NONE, "test"))
			.map(LabMachine::id)
			.toList();
		AcademyUser labAdmin = new AcademyUser(-base.getId(), "blocks" + base.getId(), "测试基地管理员", sjtu,
				base.getId(), EnumSet.of(Role.LAB_ADMIN), null, true, true);
		return new TestBase(base.getId(), base.getCode(), ids, labAdmin);
	}

}
