package cn.yrd.academy.booking.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.yrd.academy.booking.BookingStatus;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import cn.yrd.academy.labs.LabMachine;
import cn.yrd.academy.labs.LabMachines;
import cn.yrd.academy.shared.text.Bilingual;
import cn.yrd.academy.shared.time.ClockConfiguration;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * Writes a student's bookings as an RFC 5545 calendar. The feed is read by calendar apps, not by a signed-in
 * person, so it has no language of its own: names are given in Chinese and English.
 */
@Component
class CalendarFeedWriter {

	static final String PRODUCT_ID = "-//Workforce Academy//Booking Feed//ZH";

	static final String CALENDAR_NAME = "工赋学院实训预约 / Workforce Academy lab bookings";

	private final LabMachines machines;

	private final TrainingBases bases;

	CalendarFeedWriter(LabMachines machines, TrainingBases bases) {
		this.machines = machines;
		this.bases = bases;
	}

	/** The UID calendar apps match changes by; it never changes for a booking. */
	static String uid(long bookingId) {
		return "booking-" + bookingId + "@academy.yrd.cn";
	}

	String write(List<Booking> bookings) {
		Calendar calendar = new Calendar().add(new ProdId(PRODUCT_ID))
			.add(ImmutableVersion.VERSION_2_0)
			.add(ImmutableCalScale.GREGORIAN)
			.add(ImmutableMethod.PUBLISH)
			.add(new XProperty("X-WR-CALNAME", CALENDAR_NAME))
			.add(new XProperty("X-WR-TIMEZONE", ClockConfiguration.CLUSTER_ZONE.getId()))
			// asks subscribing apps to look again hourly; many poll only daily unless told
			.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
		Map<Long, Optional<LabMachine>> machineCache = new HashMap<>();
		Map<Long, Optional<TrainingBaseSummary>> baseCache = new HashMap<>();
		for (Booking booking : bookings) {
			Optional<LabMachine> machine = machineCache.computeIfAbsent(booking.getMachineId(), machines::find);
			Optional<TrainingBaseSummary> base = baseCache.computeIfAbsent(booking.getBaseId(), bases::find);
			calendar.add(event(booking, machine, base));
		}
		StringWriter text = new StringWriter();
		try {
			// Validation is left to the tests: one odd booking must not take a student's whole feed down.
			new CalendarOutputter(false).output(calendar, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	private static VEvent event(Booking booking, Optional<LabMachine> machine, Optional<TrainingBaseSummary> base) {
		String baseName = base.map(TrainingBaseSummary::name).map(CalendarFeedWriter::bothLanguages).orElse("");
		String place = machine.map(LabMachine::name).orElse("") + (baseName.isEmpty() ? "" : " @ " + baseName);
		String summary = booking.getCourseCode() + " " + booking.getLabSlug() + (place.isBlank() ? "" : " · " + place);
		VEvent event = new VEvent(booking.getStartsAt(), booking.getEndsAt(), summary);
		// replace: the constructor stamps the event with the current time, but a stamp that changes on
		// every fetch makes calendar apps see a change that is none
		event.replace(new DtStamp(booking.getUpdatedAt()));
		event.replace(new Uid(uid(booking.getId())));
		event.add(new Sequence(booking.getSequence()));
		event.add(isCancelled(booking.getStatus()) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		if (!baseName.isEmpty()) {
			event.add(new Location(baseName));
		}
		return event;
	}

	/** A no-show released the machine, so to the student's calendar it is as good as cancelled. */
	private static boolean isCancelled(BookingStatus status) {
		return status == BookingStatus.CANCELLED || status == BookingStatus.NO_SHOW;
	}

	private static String bothLanguages(Bilingual name) {
		return name.zh().equals(name.en()) ? name.zh() : name.zh() + " / " + name.en();
	}

}
