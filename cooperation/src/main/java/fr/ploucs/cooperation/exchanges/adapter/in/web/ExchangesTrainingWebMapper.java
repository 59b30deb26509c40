package fr.ploucs.cooperation.exchanges.adapter.in.web;

import fr.ploucs.cooperation.exchanges.application.port.in.FindTrainingQuery.SessionOverview;
import fr.ploucs.cooperation.exchanges.domain.ExchangeLink;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchange;
import fr.ploucs.cooperation.exchanges.domain.PracticeExchangeDetails;
import fr.ploucs.cooperation.exchanges.domain.TrainingRegistration;
import fr.ploucs.cooperation.exchanges.domain.TrainingSession;
import fr.ploucs.cooperation.exchanges.domain.TrainingSessionDetails;
import fr.ploucs.sharedkernel.MemberId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Between the practice exchange and training pages and the domain, by hand (MapStruct stays in persistence). */
@Component
class ExchangesTrainingWebMapper {

    PracticeExchangeView toView(PracticeExchange exchange, Map<MemberId, String> memberNames) {
        PracticeExchangeDetails details = exchange.getDetails();
        List<ExchangesMemberChoice> attendees = details.attendees().stream()
                .map(member -> choice(member, memberNames))
                .sorted(Comparator.comparing(ExchangesMemberChoice::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new PracticeExchangeView(exchange.getId().value(), details.on(), details.topic(),
                details.facilitatorName(), choice(details.facilitatorMember(), memberNames), plain(details.hours()),
                attendees, details.notes(), details.links(), exchange.getVersion());
    }

    PracticeExchangeForm toForm(PracticeExchange exchange) {
        PracticeExchangeDetails details = exchange.getDetails();
        PracticeExchangeForm form = new PracticeExchangeForm();
        form.setDate(details.on());
        form.setTopic(details.topic());
        form.setFacilitatorName(details.facilitatorName());
        form.setFacilitatorMemberId(details.facilitatorMember().value());
        form.setHours(plain(details.hours()).toPlainString().replace('.', ','));
        form.setAttendeeIds(details.attendees().stream().map(MemberId::value).toList());
        form.setNotes(details.notes());
        form.setLinks(details.links().stream()
                .map(link -> new PracticeExchangeForm.LinkLine(link.title(), link.url()))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
        form.setVersion(exchange.getVersion());
        return form;
    }

    /** Once the form has passed validation; the blank link lines are dropped. */
    PracticeExchangeDetails toDetails(PracticeExchangeForm form) {
        List<ExchangeLink> links = form.getLinks().stream()
                .filter(line -> line != null && !line.isBlank())
                .map(line -> new ExchangeLink(line.getTitle(), line.getUrl()))
                .toList();
        return new PracticeExchangeDetails(form.getDate(), form.getTopic(), form.getFacilitatorName(),
                new MemberId(form.getFacilitatorMemberId()), form.hoursValue(),
                new LinkedHashSet<>(form.getAttendeeIds().stream().map(MemberId::new).toList()), form.getNotes(),
                links);
    }

    TrainingSessionView toView(SessionOverview overview) {
        TrainingSession session = overview.session();
        TrainingSessionDetails details = session.getDetails();
        return new TrainingSessionView(session.getId().value(), session.getProgrammeId().value(), details.title(),
                details.on(), details.startsAt(), details.endsAt(), details.place(), details.trainer(),
                details.capacity(), details.description(), plain(details.durationInHours()), overview.registered(),
                overview.waiting(), overview.placesLeft(), session.isAttendanceRecorded(), session.getVersion());
    }

    TrainingSessionForm toForm(TrainingSession session) {
        TrainingSessionDetails details = session.getDetails();
        TrainingSessionForm form = new TrainingSessionForm();
        form.setTitle(details.title());
        form.setDate(details.on());
        form.setStartsAt(details.startsAt());
        form.setEndsAt(details.endsAt());
        form.setPlace(details.place());
        form.setTrainer(details.trainer());
        form.setCapacity(details.capacity());
        form.setDescription(details.description());
        form.setVersion(session.getVersion());
        return form;
    }

    TrainingSessionDetails toDetails(TrainingSessionForm form) {
        return new TrainingSessionDetails(form.getTitle(), form.getDate(), form.getStartsAt(), form.getEndsAt(),
                form.getPlace(), form.getTrainer(), form.getCapacity(), form.getDescription());
    }

    TrainingRegistrationView toView(TrainingRegistration registration, Map<MemberId, String> memberNames) {
        return new TrainingRegistrationView(registration.getId().value(), registration.getPersonName(),
                registration.getMemberId().value(), memberNames.getOrDefault(registration.getMemberId(), "?"),
                registration.getStatus(), registration.getAttendance());
    }

    private static ExchangesMemberChoice choice(MemberId member, Map<MemberId, String> memberNames) {
        return new ExchangesMemberChoice(member.value(), memberNames.getOrDefault(member, "?"));
    }

    /** 2.50 shown as 2,5 and 3.00 as 3. */
    static BigDecimal plain(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
