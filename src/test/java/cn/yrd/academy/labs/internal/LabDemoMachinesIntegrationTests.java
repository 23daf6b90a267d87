package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachineConnections;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LabDemoMachinesIntegrationTests {

	@Autowired
	private DemoMachines demo;

	@Autowired
	private LabMachines machines;

	@Autowired
	private LabMachineConnections connections;

	@Autowired
	private TrainingBases bases;

	@Autowired
	private MachineRepository repository;

	@Test
	void everyDemoBaseHasAtLeastTwoPlcTrainersAndTheSeedCreatesNothingTwice() {
		long before = repository.count();
		demo.seed();
		assertThat(repository.count()).isEqualTo(before);

		for (String code : List.of("SJTU-MINHANG", "ZTT-NANTONG", "NIIT-XIANLIN", "NBPT-ROBOTICS", "AH-KEHUI-HEFEI")) {
			List<LabMachine> atBase = machines.atBase(bases.findByCode(code).orElseThrow().id());
			assertThat(atBase).as(code).filteredOn(machine -> machine.imageCode().equals("plc-s7-1200")).hasSizeGreaterThanOrEqualTo(2);
		}
		assertThat(machines.activeWithImage("robot-welding-cell")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(machines.activeWithImage("iiot-edge-gateway")).hasSizeGreaterThanOrEqualTo(4);
		assertThat(machines.activeWithImage("ics-security-range")).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void demoMachinesHaveDistinctLocalPortsAndEncryptedDemoSecrets() {
		assertThat(DemoMachines.plan()).hasSize(22);
		assertThat(DemoMachines.plan()).extracting(DemoMachines.Seed::port).doesNotHaveDuplicates();
		assertThat(DemoMachines.plan()).filteredOn(seed -> seed.protocol().equals("vnc"))
			.extracting(DemoMachines.Seed::port).allMatch(port -> port >= 5901 && port < 5999);
		assertThat(DemoMachines.plan()).filteredOn(seed -> seed.protocol().equals("ssh"))
			.extracting(DemoMachines.Seed::port).allMatch(port -> port >= 2201 && port < 2299);

		LabMachine plc = machines.activeWithImage("plc-s7-1200").get(0);
		assertThat(connections.connection(plc.id()).orElseThrow().secrets().vncPassword()).isEqualTo("lab-demo");
		LabMachine ics = machines.activeWithImage("ics-security-range").get(0);
		assertThat(connections.connection(ics.id()).orElseThrow().secrets().username()).isEqualTo("student");
	}

}
