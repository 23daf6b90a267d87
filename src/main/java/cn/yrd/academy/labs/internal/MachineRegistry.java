package cn.yrd.academy.labs.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.yrd.academy.labs.ConnectionDetails;
import cn.yrd.academy.identity.AuditEventType;
import cn.yrd.academy.identity.AuditLog;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachineConnections;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.labs.MachineSecrets;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.labs.MachineWithdrawn;
import cn.yrd.academy.shared.time.TimeRange;
import cn.yrd.academy.shared.secrets.SecretsVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machines of the training bases: what other modules look up, and what lab admins change. Secrets
 * enter here in the clear only to be sealed by the vault, and leave in the clear only through
 * {@link #connection(long)}.
 */
@Service
@Transactional(readOnly = true)
public class MachineRegistry implements LabMachines, LabMachineConnections {

	static final Set<String> PROTOCOLS = Set.of("vnc", "rdp", "ssh");

	/** A DNS name (labels of letters, digits, hyphens) or an IPv4 address; no scheme, port or path. */
	static final Pattern HOST = Pattern
		.compile("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$");

	private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]{2,45}$");

	private static final Pattern NUMERIC = Pattern.compile("^[0-9.]+$");

	private static final Pattern IPV4 = Pattern
		.compile("^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$");

	/** How far ahead a machine put into maintenance or retired counts as unavailable. */
	static final Duration WITHDRAWN_FOR = Duration.ofDays(3650);

	private static final Logger log = LoggerFactory.getLogger(MachineRegistry.class);

	private final MachineRepository machines;

	private final LabImages images;

	private final SecretsVault vault;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditLog audit;

	private final HealthRecords health;

	MachineRegistry(MachineRepository machines, LabImages images, SecretsVault vault, ApplicationEventPublisher events,
			AuditLog audit, HealthRecords health, Clock clock) {
		this.audit = audit;
		this.health = health;
		this.machines = machines;
		this.images = images;
		this.vault = vault;
		this.events = events;
		this.clock = clock;
	}

	/** A machine as its lab admin sees it: whether secrets are stored, never what they are. */
	public record MachineView(LabMachine machine, boolean secretsStored) {
	}

	@Override
	public Optional<LabMachine> find(long id) {
		return machines.findById(id).map(Machine::toLabMachine);
	}

	@Override
	public List<LabMachine> activeWithImage(String imageCode) {
		Set<Long> offline = health.offline();
		return machines.findByImageCodeAndStateOrderByBaseIdAscNameAsc(imageCode, MachineState.ACTIVE)
			.stream()
			.filter(machine -> !offline.contains(machine.getId()))
			.map(Machine::toLabMachine)
			.toList();
	}

	@Override
	public List<LabMachine> atBase(long baseId) {
		return machines.findByBaseIdOrderByName(baseId).stream().map(Machine::toLabMachine).toList();
	}

	@Override
	public Optional<ConnectionDetails> connection(long machineId) {
		return machines.findById(machineId).map(machine -> {
			MachineSecrets secrets = machine.hasSecrets() ? MachineSecretsSeal.open(vault, machine.sealedSecrets()) : MachineSecrets.NONE;
			LabMachine view = machine.toLabMachine();
			return new ConnectionDetails(view.id(), view.host(), view.port(), view.protocol(), secrets);
		});
	}

	public List<MachineView> views(long baseId) {
		return machines.findByBaseIdOrderByName(baseId).stream().map(MachineRegistry::view).toList();
	}

	public MachineView view(long id) {
		return machines.findById(id).map(MachineRegistry::view).orElseThrow(() -> new MachineNotFoundException(id));
	}

	/** Registers a machine; {@code secrets} may be {@link MachineSecrets#NONE}. */
	@Transactional
	public LabMachine register(long baseId, MachineDetails details, MachineSecrets secrets, String actor) {
		check(details);
		if (machines.findByBaseIdAndName(baseId, details.name()).isPresent()) {
			throw new FieldRejected("name", "labs.machine.nameTaken", details.name());
		}
		Instant now = clock.instant();
		Machine machine = new Machine(baseId, details, now);
		if (!secrets.isEmpty()) {
			machine.storeSecrets(MachineSecretsSeal.seal(vault, secrets), now);
		}
		machines.save(machine);
		log.info("{} registered lab machine {} ({}) at base {}", actor, machine.getId(), details.name(), baseId);
		audit.record(AuditEventType.LAB_MACHINE_SAVED, actor, details.name() + "#" + machine.getId(),
				"registered base=" + baseId + " state=" + details.state() + " secrets="
						+ (secrets.isEmpty() ? "none" : "stored"));
		return machine.toLabMachine();
	}

	/**
	 * Changes a machine. A changed host or port forgets its health, so it is checked afresh. Parts of {@code newSecrets} that are present replace the stored ones, the rest are
	 * kept, unless {@code clearSecrets} drops everything stored first. Putting the machine into maintenance
	 * or retiring it withdraws it from now on, in this transaction.
	 */
	@Transactional
	public LabMachine update(long id, MachineDetails details, MachineSecrets newSecrets, boolean clearSecrets,
			String actor) {
		Machine machine = machines.findById(id).orElseThrow(() -> new MachineNotFoundException(id));
		check(details);
		machines.findByBaseIdAndName(machine.getBaseId(), details.name())
			.filter(other -> !other.getId().equals(machine.getId()))
			.ifPresent(other -> {
				throw new FieldRejected("name", "labs.machine.nameTaken", details.name());
			});
		LabMachine before = machine.toLabMachine();
		if (!before.imageCode().equals(details.imageCode()) && before.isActive()) {
			// Its bookings and class block seats are for the old image; maintenance moves them first.
			throw new FieldRejected("imageCode", "labs.machine.imageChangeWhileActive");
		}
		if (!before.host().equals(details.host()) || before.port() != details.port()) {
			// A new address is a machine being set up again: an old "offline" must not keep it from bookings,
			// and one that never answers at the new address must not be withdrawn as if it had gone away.
			// Before the machine row is written: the health check locks health, then machine, in that order too.
			health.forget(id);
		}
		Instant now = clock.instant();
		boolean withdrawn = machine.update(details, now);
		MachineSecrets kept = clearSecrets || !machine.hasSecrets() ? MachineSecrets.NONE
				: MachineSecretsSeal.open(vault, machine.sealedSecrets());
		MachineSecrets secrets = kept.overriddenBy(newSecrets);
		if (secrets.isEmpty()) {
			machine.clearSecrets(now);
		}
		else if (!secrets.equals(kept) || clearSecrets) {
			machine.storeSecrets(MachineSecretsSeal.seal(vault, secrets), now);
		}
		machines.saveAndFlush(machine);
		if (withdrawn) {
			events.publishEvent(new MachineWithdrawn(id, new TimeRange(now, now.plus(WITHDRAWN_FOR)),
					"labs.withdrawn.state." + details.state().name(), ""));
		}
		log.info("{} changed lab machine {} ({}), state {}", actor, id, details.name(), details.state());
		// Which secrets changed is recorded, never their values.
		audit.record(AuditEventType.LAB_MACHINE_SAVED, actor, details.name() + "#" + id, "changed state="
				+ details.state() + " secrets=" + (secrets.isEmpty() ? "none" : secrets.equals(kept) ? "kept" : "replaced"));
		return machine.toLabMachine();
	}

	private void check(MachineDetails details) {
		if (!images.exists(details.imageCode())) {
			throw new FieldRejected("imageCode", "labs.machine.unknownImage");
		}
		if (!isHost(details.host())) {
			throw new FieldRejected("host", "labs.machine.host");
		}
		if (details.port() < 1 || details.port() > 65_535) {
			throw new FieldRejected("port", "labs.machine.port");
		}
		if (!PROTOCOLS.contains(details.protocol())) {
			throw new FieldRejected("protocol", "labs.machine.protocol");
		}
	}

	static boolean isHost(String host) {
		if (host == null || host.isEmpty()) {
			return false;
		}
		if (host.contains(":")) {
			return IPV6.matcher(host).matches() && isIpv6Literal(host);
		}
		if (NUMERIC.matcher(host).matches()) {
			return IPV4.matcher(host).matches();
		}
		return HOST.matcher(host).matches();
	}

	private static boolean isIpv6Literal(String host) {
		try {
			// With a colon in it, the name is parsed as an IPv6 literal and never looked up.
			return InetAddress.getByName(host) instanceof Inet6Address;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static MachineView view(Machine machine) {
		return new MachineView(machine.toLabMachine(), machine.hasSecrets());
	}

}
