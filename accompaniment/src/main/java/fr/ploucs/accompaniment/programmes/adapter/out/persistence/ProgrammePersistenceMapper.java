package fr.ploucs.accompaniment.programmes.adapter.out.persistence;

import fr.ploucs.accompaniment.programmes.domain.CallForApplications;
import fr.ploucs.accompaniment.programmes.domain.CallStatus;
import fr.ploucs.accompaniment.programmes.domain.Cohort;
import fr.ploucs.accompaniment.programmes.domain.CohortId;
import fr.ploucs.accompaniment.programmes.domain.Programme;
import fr.ploucs.accompaniment.programmes.domain.ProgrammeId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Mapper
interface ProgrammePersistenceMapper {

    ProgrammeRow toRow(Programme programme);

    Programme toDomain(ProgrammeRow row);

    @Mapping(target = "callOpensOn", source = "call.opensOn")
    @Mapping(target = "callClosesOn", source = "call.closesOn")
    @Mapping(target = "juryOn", source = "call.juryOn")
    @Mapping(target = "callCriteria", source = "call.criteria")
    CohortRow toRow(Cohort cohort);

    default Cohort toDomain(CohortRow row) {
        CallForApplications call = row.getCallOpensOn() == null ? null : new CallForApplications(
                row.getCallOpensOn(), row.getCallClosesOn(), row.getJuryOn(), texts(row.getCallCriteria()));
        return new Cohort(new CohortId(row.getId()), new ProgrammeId(row.getProgrammeId()), row.getName(),
                row.getStartsOn(), row.getEndsOn(), row.getCapacity(), row.getAdmitted(), call,
                CallStatus.valueOf(row.getCallStatus()), row.getVersion());
    }

    default List<String> texts(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    default String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    default UUID programmeId(ProgrammeId id) {
        return id == null ? null : id.value();
    }

    default ProgrammeId programmeId(UUID id) {
        return id == null ? null : new ProgrammeId(id);
    }

    default UUID cohortId(CohortId id) {
        return id == null ? null : id.value();
    }

    default String callStatus(CallStatus status) {
        return status.name();
    }
}
