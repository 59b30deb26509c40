package fr.ploucs.cooperation.mutualisation.adapter.in.web;

import fr.ploucs.cooperation.mutualisation.application.port.in.BookingOverview;
import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingPeriod;
import fr.ploucs.cooperation.mutualisation.domain.SharedResource;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceDetails;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/** Between the mutualisation pages and the domain, by hand (MapStruct stays in the persistence adapter). */
@Component
class MutualisationWebMapper {

    SharedResourceView toView(SharedResource resource, Map<MemberId, String> memberNames) {
        SharedResourceDetails details = resource.getDetails();
        return new SharedResourceView(resource.getId().value(), details.kind(), details.name(), details.description(),
                details.location(), details.owner().value(), memberNames.getOrDefault(details.owner(), "?"),
                resource.isActive(), resource.getVersion());
    }

    SharedResourceForm toForm(SharedResource resource) {
        SharedResourceDetails details = resource.getDetails();
        SharedResourceForm form = new SharedResourceForm();
        form.setKind(details.kind());
        form.setName(details.name());
        form.setDescription(details.description());
        form.setLocation(details.location());
        form.setOwnerId(details.owner().value());
        form.setActive(resource.isActive());
        form.setVersion(resource.getVersion());
        return form;
    }

    SharedResourceDetails toDetails(SharedResourceForm form) {
        return new SharedResourceDetails(form.getKind(), tidy(form.getName()), tidy(form.getDescription()),
                tidy(form.getLocation()), new MemberId(form.getOwnerId()));
    }

    BookingView toView(BookingOverview overview) {
        Booking booking = overview.booking();
        return new BookingView(booking.getId().value(), booking.getResourceId().value(), overview.resourceName(),
                overview.memberName(), paris(booking.getPeriod().startsAt()), paris(booking.getPeriod().endsAt()),
                booking.getPurpose(), booking.getStatus(), booking.getVersion());
    }

    /** The period typed in Paris time. In the hour skipped in spring, a time moves on by that hour. */
    BookingPeriod toPeriod(BookingForm form) {
        return new BookingPeriod(instant(form.getStartsAt()), instant(form.getEndsAt()));
    }

    static LocalDateTime paris(Instant instant) {
        return LocalDateTime.ofInstant(instant, BookingCalendar.PARIS);
    }

    static Instant instant(LocalDateTime parisTime) {
        return parisTime.atZone(BookingCalendar.PARIS).toInstant();
    }

    static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
