package fr.ploucs.awareness.testimonies.application;

import fr.ploucs.awareness.testimonies.application.port.in.SpeakerSummary;
import fr.ploucs.awareness.testimonies.application.port.in.SpeakersUseCase;
import fr.ploucs.awareness.testimonies.application.port.out.SpeakerRepository;
import fr.ploucs.awareness.testimonies.domain.Speaker;
import fr.ploucs.awareness.testimonies.domain.SpeakerId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
@Transactional
class SpeakerService implements SpeakersUseCase {

    private final SpeakerRepository repository;

    SpeakerService(SpeakerRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean projectGraduated(Graduated command) {
        if (!command.graduated()) {
            return false;
        }
        return repository.addOnce(new Speaker(new SpeakerId(command.projectId()), command.projectTitle(),
                blankToNull(command.structureName()), blankToNull(command.legalForm()),
                blankToNull(command.communeCode()), Math.max(0, command.jobs()), command.leftOn()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<SpeakerSummary> speakers() {
        return repository.all().stream().map(SpeakerService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SpeakerSummary> speaker(SpeakerId id) {
        return repository.find(id).map(SpeakerService::summary);
    }

    private static SpeakerSummary summary(Speaker speaker) {
        return new SpeakerSummary(speaker.id(), speaker.name(), speaker.projectTitle(), speaker.legalForm(),
                speaker.communeCode(), speaker.jobs(), speaker.graduatedOn());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
