package cn.yrd.academy.labs.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.shared.secrets.SecretsVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds the demo bases with lab machines and opening hours, after the demo cluster exists. Only what is
 * missing is created (machines by base and name, hours per base), so edits made in the browser survive
 * restarts. The machines point at the local simulators on 127.0.0.1: VNC from port 5901, SSH from 2201.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoMachines implements ApplicationRunner {

	/** Clearly a demo value: the password of the local lab simulators. */
	static final String DEMO_PASSWORD = "lab-demo";

	static final String DEMO_SSH_USER = "student";

	private static final Logger log = LoggerFactory.getLogger(DemoMachines.class);

	private static final List<Seed> SEEDS = seeds();

	private final TrainingBases bases;

	private final LabImages images;

	private final MachineRepository machines;

	private final BaseSchedule schedule;

	private final SecretsVault vault;

	private final Clock clock;

	DemoMachines(TrainingBases bases, LabImages images, MachineRepository machines, BaseSchedule schedule,
			SecretsVault vault, Clock clock) {
		this.bases = bases;
		this.images = images;
		this.machines = machines;
		this.schedule = schedule;
		this.vault = vault;
		this.clock = clock;
	}

	record Seed(String baseCode, String name, String imageCode, String protocol, int port) {
	}

	private static List<Seed> seeds() {
		List<Seed> seeds = new ArrayList<>();
		int[] vncPort = { 5901 };
		int[] sshPort = { 2201 };
		String[][] plan = { { "SJTU-MINHANG", "plc-s7-1200", "PLC", "2" }, { "SJTU-MINHANG", "robot-welding-cell", "WELD", "2" },
				{ "SJTU-MINHANG", "ics-security-range", "ICS", "1" }, { "ZTT-NANTONG", "plc-s7-1200", "PLC", "2" },
				{ "ZTT-NANTONG", "iiot-edge-gateway", "EDGE", "2" }, { "NIIT-XIANLIN", "plc-s7-1200", "PLC", "2" },
				{ "NIIT-XIANLIN", "ics-security-range", "ICS", "2" }, { "NBPT-ROBOTICS", "plc-s7-1200", "PLC", "2" },
				{ "NBPT-ROBOTICS", "robot-welding-cell", "WELD", "3" }, { "AH-KEHUI-HEFEI", "plc-s7-1200", "PLC", "2" },
				{ "AH-KEHUI-HEFEI", "iiot-edge-gateway", "EDGE", "2" } };
		for (String[] row : plan) {
			boolean ssh = row[1].equals("ics-security-range") || row[1].equals("iiot-edge-gateway");
			for (int i = 1; i <= Integer.parseInt(row[3]); i++) {
				int port = ssh ? sshPort[0]++ : vncPort[0]++;
				seeds.add(new Seed(row[0], "%s-%02d".formatted(row[2], i), row[1], ssh ? "ssh" : "vnc", port));
			}
		}
		return List.copyOf(seeds);
	}

	// run() reaches seed() on this instance, past the transaction proxy, so it opens the transaction itself.
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		seed();
	}

	@Transactional
	public void seed() {
		Instant now = clock.instant();
		int createdMachines = 0;
		int basesWithNewHours = 0;
		for (Seed seed : SEEDS) {
			TrainingBaseSummary base = base(seed.baseCode());
			if (!images.exists(seed.imageCode())) {
				throw new IllegalStateException("Demo machine " + seed.name() + " needs lab image " + seed.imageCode());
			}
			if (machines.findByBaseIdAndName(base.id(), seed.name()).isEmpty()) {
				Machine machine = new Machine(base.id(), new MachineDetails(seed.name(), seed.imageCode(), "127.0.0.1",
						seed.port(), seed.protocol(), MachineState.ACTIVE), now);
				machine.storeSecrets(MachineSecretsSeal.seal(vault, secrets(seed.protocol())), now);
				machines.save(machine);
				createdMachines++;
			}
		}
		for (String code : SEEDS.stream().map(Seed::baseCode).distinct().toList()) {
			long baseId = base(code).id();
			if (!schedule.hasHours(baseId)) {
				schedule.replaceWeeklyHours(baseId, demoWeek());
				basesWithNewHours++;
			}
		}
		if (createdMachines + basesWithNewHours > 0) {
			log.info("Demo labs: created {} lab machines, opening hours for {} bases", createdMachines,
					basesWithNewHours);
		}
	}

	/** Monday to Saturday 08:00–21:00, Sunday 09:00–17:00. */
	static Map<DayOfWeek, List<DailyRange>> demoWeek() {
		Map<DayOfWeek, List<DailyRange>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, day == DayOfWeek.SUNDAY ? List.of(new DailyRange(LocalTime.of(9, 0), LocalTime.of(17, 0)))
					: List.of(new DailyRange(LocalTime.of(8, 0), LocalTime.of(21, 0))));
		}
		return week;
	}

	static List<Seed> plan() {
		return SEEDS;
	}

	private static MachineSecrets secrets(String protocol) {
		return "ssh".equals(protocol) ? new MachineSecrets(DEMO_SSH_USER, DEMO_PASSWORD, null, null, null, null)
				: new MachineSecrets(null, null, null, DEMO_PASSWORD, null, null);
	}

	private TrainingBaseSummary base(String code) {
		return bases.findByCode(code)
			.orElseThrow(() -> new IllegalStateException("Demo training base " + code + " is missing; "
					+ "the demo cluster seed should have created it"));
	}

}
