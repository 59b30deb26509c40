package fr.ploucs.awareness.sessions.application;

import fr.ploucs.awareness.partners.application.port.in.FindPartnersQuery;
import fr.ploucs.awareness.partners.application.port.in.PartnerSummary;
import fr.ploucs.awareness.partners.domain.PartnerId;
import fr.ploucs.awareness.sessions.application.port.in.InvitedSpeaker;
import fr.ploucs.awareness.sessions.application.port.in.PartnerRequestersUseCase;
import fr.ploucs.awareness.sessions.application.port.in.PlannedToolUseCase;
import fr.ploucs.awareness.sessions.application.port.in.SessionNotFound;
import fr.ploucs.awareness.sessions.application.port.in.SessionSpeakersUseCase;
import fr.ploucs.awareness.sessions.application.port.out.SessionLinksRepository;
import fr.ploucs.awareness.sessions.application.port.out.SessionRepository;
import fr.ploucs.awareness.sessions.domain.AwarenessSession;
import fr.ploucs.awareness.sessions.domain.Requester;
import fr.ploucs.awareness.sessions.domain.RequesterId;
import fr.ploucs.awareness.sessions.domain.RequesterKind;
import fr.ploucs.awareness.sessions.domain.SessionId;
import fr.ploucs.awareness.sessions.domain.SessionRuleViolation;
import fr.ploucs.awareness.sessions.domain.SessionSpeaker;
import fr.ploucs.awareness.sessions.domain.SessionStatus;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakerSummary;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Requesters picked from the partners view, testimony speakers invited to sessions, the tool planned. */
@Service
@Transactional
class SessionLinksService implements PartnerRequestersUseCase, SessionSpeakersUseCase, PlannedToolUseCase {

    private final SessionLinksRepository links;
    private final SessionRepository sessions;
    private final FindPartnersQuery partners;
    private final SpeakersUseCase speakers;

    SessionLinksService(SessionLinksRepository links, SessionRepository sessions, FindPartnersQuery partners,
                        SpeakersUseCase speakers) {
        this.links = links;
        this.sessions = sessions;
        this.partners = partners;
        this.speakers = speakers;
    }

    @Override
    public RequesterId requesterFor(PartnerId partnerId) {
        PartnerSummary partner = partners.partner(partnerId)
                .orElseThrow(() -> new SessionRuleViolation("requesterId", "awareness.session.requester.unknown"));
        RequesterId id = links.requesterOfPartner(partnerId.value()).map(Requester::id).orElseGet(RequesterId::newId);
        String name = partner.name().length() > Requester.NAME_MAX
                ? partner.name().substring(0, Requester.NAME_MAX) : partner.name();
        return links.saveForPartner(new Requester(id, name, kindOf(partner.kind()), null), partnerId.value()).id();
    }

    /** Cooperation's partner kinds as requester kinds. */
    static RequesterKind kindOf(String partnerKind) {
        return switch (partnerKind == null ? "" : partnerKind) {
            case "COMMUNE", "EPCI", "DEPARTEMENT", "REGION" -> RequesterKind.LOCAL_AUTHORITY;
            case "SCHOOL" -> RequesterKind.SCHOOL;
            default -> RequesterKind.OTHER;
        };
    }

    @Override
    public void invite(SessionId sessionId, SpeakerId speakerId) {
        AwarenessSession session = sessions.find(sessionId).orElseThrow(() -> new SessionNotFound(sessionId));
        if (session.getStatus() == SessionStatus.CANCELLED) {
            throw new SessionRuleViolation(null, "awareness.session.not-upcoming");
        }
        if (speakerId == null) {
            throw new SessionRuleViolation("speakerId", "awareness.session.speaker.unknown");
        }
        SpeakerSummary speaker = speakers.speaker(speakerId)
                .orElseThrow(() -> new SessionRuleViolation("speakerId", "awareness.session.speaker.unknown"));
        links.addSpeaker(sessionId, new SessionSpeaker(speaker.id().value(), speaker.name()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<InvitedSpeaker> speakersOf(SessionId sessionId) {
        return links.speakers(sessionId).stream()
                .map(speaker -> new InvitedSpeaker(new SpeakerId(speaker.speakerId()), speaker.name())).toList();
    }

    @Override
    public void plan(SessionId sessionId, String toolName) {
        sessions.find(sessionId).orElseThrow(() -> new SessionNotFound(sessionId));
        String name = toolName == null || toolName.isBlank() ? null : toolName.strip();
        if (name != null && name.length() > AwarenessSession.TITLE_MAX) {
            throw new SessionRuleViolation("tool", "awareness.session.text.too-long");
        }
        links.planTool(sessionId, name);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> plannedTool(SessionId sessionId) {
        return links.plannedTool(sessionId);
    }
}
