package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.labs.MachineState;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.TimeRange;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The feed as calendar apps read it: parsed back with ical4j, no Spring.
 */
class CalendarFeedWriterTests {

	private static final Instant BOOKED = Instant.parse("2026-03-01T08:00:00Z");

	private static final Instant START = Instant.parse("2026-03-10T02:00:00Z");

	private static final TrainingBaseSummary NINGBO = new TrainingBaseSummary(5, "NBPT-BASE", 3,
			new Bilingual("宁波实训基地", "Ningbo Training Base"), Province.ZJ, "宁波");

	private static final LabMachine PLC_01 = new LabMachine(7, 5, "PLC-01", "plc-s7-1200", "10.0.0.7", 5900, "vnc",
			MachineState.ACTIVE);

	private final CalendarFeedWriter writer = new CalendarFeedWriter(new FakeMachines(Map.of(7L, PLC_01)),
			new FakeBases(Map.of(5L, NINGBO)));

	@Test
	void writesAValidCalendarWithOneEventPerBooking() throws Exception {
		Calendar calendar = parse(writer.write(List.of(booking(11), booking(12))));

		calendar.validate();
		assertThat(value(calendar, Property.PRODID)).isEqualTo("-//Workforce Academy//Booking Feed//ZH");
		assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Asia/Shanghai");
		assertThat(value(calendar, "X-PUBLISHED-TTL")).isEqualTo("PT1H");
		assertThat(events(calendar)).extracting(event -> value(event, Property.UID))
			.containsExactly("booking-11@academy.yrd.cn", "booking-12@academy.yrd.cn");
	}

	@Test
	void describesTheBookingInUtcWithCodesMachineAndBase() throws Exception {
		VEvent event = events(parse(writer.write(List.of(booking(11))))).get(0);

		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260310T020000Z");
		assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20260310T040000Z");
		assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260301T080000Z");
		assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
		assertThat(value(event, Property.SUMMARY))
			.isEqualTo("PLC-101 start-stop-latch · PLC-01 @ 宁波实训基地 / Ningbo Training Base");
		assertThat(value(event, Property.LOCATION)).isEqualTo("宁波实训基地 / Ningbo Training Base");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
		assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
	}

	@Test
	void cancelledBookingKeepsItsUidWithAHigherSequence() throws Exception {
		Booking booking = booking(11);
		String before = value(events(parse(writer.write(List.of(booking)))).get(0), Property.UID);

		booking.cancel("booking.cancelled.byStudent", "", BOOKED.plusSeconds(60));
		VEvent after = events(parse(writer.write(List.of(booking)))).get(0);

		assertThat(value(after, Property.UID)).isEqualTo(before);
		assertThat(value(after, Property.SEQUENCE)).isEqualTo("1");
		assertThat(value(after, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(value(after, Property.DTSTAMP)).isEqualTo("20260301T080100Z");
	}

	@Test
	void noShowIsCancelledAndCompletedIsConfirmed() throws Exception {
		Booking noShow = booking(11);
		Booking completed = booking(12);
		ReflectionTestUtils.setField(noShow, "status", BookingStatus.NO_SHOW);
		ReflectionTestUtils.setField(completed, "status", BookingStatus.COMPLETED);

		List<VEvent> events = events(parse(writer.write(List.of(noShow, completed))));

		assertThat(events).extracting(event -> value(event, Property.STATUS)).containsExactly("CANCELLED", "CONFIRMED");
	}

	@Test
	void aMachineOrBaseThatIsGoneLeavesTheCodes() throws Exception {
		CalendarFeedWriter withoutLookups = new CalendarFeedWriter(new FakeMachines(Map.of()),
				new FakeBases(Map.of()));

		VEvent event = events(parse(withoutLookups.write(List.of(booking(11))))).get(0);

		assertThat(value(event, Property.SUMMARY)).isEqualTo("PLC-101 start-stop-latch");
		assertThat(event.getProperty(Property.LOCATION)).isEmpty();
	}

	@Test
	void anEmptyFeedIsStillACalendar() throws Exception {
		Calendar calendar = parse(writer.write(List.of()));

		assertThat(events(calendar)).isEmpty();
		assertThat(value(calendar, "X-WR-CALNAME")).contains("工赋学院");
	}

	private static Booking booking(long id) {
		Booking booking = new Booking(42, 3, 7, 5, "PLC-101", "start-stop-latch", null,
				new TimeRange(START, START.plusSeconds(7200)), BOOKED);
		ReflectionTestUtils.setField(booking, "id", id);
		return booking;
	}

	static Calendar parse(String text) throws IOException, ParserException {
		return new CalendarBuilder().build(new StringReader(text));
	}

	static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
	}

	static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
		return container.getProperty(name).map(Property::getValue).orElse(null);
	}

	private record FakeMachines(Map<Long, LabMachine> byId) implements LabMachines {

		@Override
		public Optional<LabMachine> find(long id) {
			return Optional.ofNullable(byId.get(id));
		}

		@Override
		public List<LabMachine> activeWithImage(String imageCode) {
			return List.copyOf(byId.values());
		}

		@Override
		public List<LabMachine> atBase(long baseId) {
			return List.copyOf(byId.values());
		}

	}

	private record FakeBases(Map<Long, TrainingBaseSummary> byId) implements TrainingBases {

		@Override
		public List<TrainingBaseSummary> all() {
			return List.copyOf(byId.values());
		}

		@Override
		public Optional<TrainingBaseSummary> find(long id) {
			return Optional.ofNullable(byId.get(id));
		}

		@Override
		public Optional<TrainingBaseSummary> findByCode(String code) {
			return byId.values().stream().filter(base -> base.code().equals(code)).findFirst();
		}

	}

}
