package cn.yrd.academy.labs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class LabHoursTextTests {

	@Test
	void readsSeveralRangesInOrder() {
		assertThat(HoursText.parse("13:00-21:00, 08:00 - 12:00", "monday")).containsExactly(
				new DailyRange(LocalTime.of(8, 0), LocalTime.of(12, 0)),
				new DailyRange(LocalTime.of(13, 0), LocalTime.of(21, 0)));
	}

	@Test
	void readsAnEmptyDayAsClosed() {
		assertThat(HoursText.parse("  ", "sunday")).isEmpty();
	}

	@Test
	void refusesBadTimesReversedRangesAndOverlaps() {
		assertThatThrownBy(() -> HoursText.parse("8-12", "monday")).isInstanceOf(FieldRejected.class)
			.extracting("messageKey").isEqualTo("labs.hours.format");
		assertThatThrownBy(() -> HoursText.parse("25:00-26:00", "monday")).extracting("messageKey")
			.isEqualTo("labs.hours.format");
		assertThatThrownBy(() -> HoursText.parse("12:00-08:00", "monday")).extracting("messageKey")
			.isEqualTo("labs.hours.order");
		assertThatThrownBy(() -> HoursText.parse("08:00-12:00, 11:00-13:00", "tuesday")).extracting("field",
				"messageKey").containsExactly("tuesday", "labs.hours.overlap");
	}

	@Test
	void formatsWhatItReads() {
		assertThat(HoursText.format(HoursText.parse("08:00-12:00,13:00-21:00", "x"))).isEqualTo("08:00-12:00, 13:00-21:00");
	}

	@Test
	void acceptsHostnamesAndAddressesWithoutScheme() {
		assertThat(MachineRegistry.isHost("127.0.0.1")).isTrue();
		assertThat(MachineRegistry.isHost("plc-01.lab.sjtu.edu.cn")).isTrue();
		assertThat(MachineRegistry.isHost("::1")).isTrue();
		assertThat(MachineRegistry.isHost("vnc://10.0.0.1")).isFalse();
		assertThat(MachineRegistry.isHost("10.0.0.1:5900")).isFalse();
		assertThat(MachineRegistry.isHost("999.1.1.1")).isFalse();
		assertThat(MachineRegistry.isHost("bad_host")).isFalse();
		assertThat(MachineRegistry.isHost("host/path")).isFalse();
	}

}
