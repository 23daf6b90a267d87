package cn.yrd.academy.booking.internal;

import java.util.Optional;

import cn.yrd.academy.booking.LabBooking;
import cn.yrd.academy.booking.LabBookings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class BookingReader implements LabBookings {

	private final BookingRepository bookings;

	BookingReader(BookingRepository bookings) {
		this.bookings = bookings;
	}

	@Override
	public Optional<LabBooking> find(long bookingId) {
		return bookings.findById(bookingId)
			.map(booking -> new LabBooking(booking.getId(), booking.getUserId(), booking.getMachineId(),
					booking.getCourseCode(), booking.getLabSlug(), booking.getStartsAt(), booking.getEndsAt(),
					booking.getStatus()));
	}

}
