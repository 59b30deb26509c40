package fr.ploucs.cooperation.funding.adapter.out.persistence;

import fr.ploucs.sharedkernel.Money;
import java.math.BigDecimal;

import fr.ploucs.cooperation.funding.domain.ApplicationDetails;
import fr.ploucs.cooperation.funding.domain.ApplicationStatusChange;
import fr.ploucs.cooperation.funding.domain.CallDetails;
import fr.ploucs.cooperation.funding.domain.CallForProjects;
import fr.ploucs.cooperation.funding.domain.CallForProjectsId;
import fr.ploucs.cooperation.funding.domain.Earmark;
import fr.ploucs.cooperation.funding.domain.FinancingLine;
import fr.ploucs.cooperation.funding.domain.Funder;
import fr.ploucs.cooperation.funding.domain.FunderDetails;
import fr.ploucs.cooperation.funding.domain.FunderId;
import fr.ploucs.cooperation.funding.domain.FundingApplication;
import fr.ploucs.cooperation.funding.domain.FundingApplicationId;
import fr.ploucs.cooperation.funding.domain.Grant;
import fr.ploucs.cooperation.shared.domain.GrantId;
import fr.ploucs.cooperation.funding.domain.ReportDeadline;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

/** Between the funding records and their rows; the version goes both ways (it decides INSERT or UPDATE). */
@Mapper
interface FundingPersistenceMapper {

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "kind", source = "details.kind")
    @Mapping(target = "contactName", source = "details.contactName")
    @Mapping(target = "contactEmail", source = "details.contactEmail")
    @Mapping(target = "notes", source = "details.notes")
    FunderRow toRow(Funder funder);

    @Mapping(target = "details", source = ".")
    Funder toDomain(FunderRow row);

    FunderDetails toFunderDetails(FunderRow row);

    @Mapping(target = "funderId", source = "details.funderId")
    @Mapping(target = "title", source = "details.title")
    @Mapping(target = "link", source = "details.link")
    @Mapping(target = "opensOn", source = "details.opensOn")
    @Mapping(target = "deadline", source = "details.deadline")
    @Mapping(target = "description", source = "details.description")
    CallForProjectsRow toRow(CallForProjects call);

    @Mapping(target = "details", source = ".")
    CallForProjects toDomain(CallForProjectsRow row);

    CallDetails toCallDetails(CallForProjectsRow row);

    @Mapping(target = "funderId", source = "details.funderId")
    @Mapping(target = "callId", source = "details.callId")
    @Mapping(target = "title", source = "details.title")
    @Mapping(target = "pillar", source = "details.pillar")
    @Mapping(target = "amountAsked", source = "details.amountAsked")
    FundingApplicationRow toRow(FundingApplication application);

    @Mapping(target = "details", source = ".")
    FundingApplication toDomain(FundingApplicationRow row);

    ApplicationDetails toApplicationDetails(FundingApplicationRow row);

    @Mapping(target = "changedOn", source = "on")
    ApplicationStatusChangeRow toRow(ApplicationStatusChange change);

    @Mapping(target = "on", source = "changedOn")
    ApplicationStatusChange toDomain(ApplicationStatusChangeRow row);

    FinancingLineRow toRow(FinancingLine line);

    FinancingLine toDomain(FinancingLineRow row);

    GrantRow toRow(Grant grant);

    Grant toDomain(GrantRow row);

    GrantEarmarkRow toRow(Earmark earmark);

    Earmark toDomain(GrantEarmarkRow row);

    @Mapping(target = "reportId", source = "id")
    GrantReportRow toRow(ReportDeadline report);

    @Mapping(target = "id", source = "reportId")
    ReportDeadline toDomain(GrantReportRow row);

    /** Amounts are {@link Money} in the domain and {@code NUMERIC(12, 2)} in the rows. */
    default BigDecimal map(Money amount) {
        return amount == null ? null : amount.amount();
    }

    default Money toMoney(BigDecimal amount) {
        return Money.of(amount);
    }

    default UUID map(FunderId id) {
        return id == null ? null : id.value();
    }

    default UUID map(CallForProjectsId id) {
        return id == null ? null : id.value();
    }

    default UUID map(FundingApplicationId id) {
        return id == null ? null : id.value();
    }

    default UUID map(GrantId id) {
        return id == null ? null : id.value();
    }

    default FunderId toFunderId(UUID id) {
        return id == null ? null : new FunderId(id);
    }

    default CallForProjectsId toCallId(UUID id) {
        return id == null ? null : new CallForProjectsId(id);
    }

    default FundingApplicationId toApplicationId(UUID id) {
        return id == null ? null : new FundingApplicationId(id);
    }

    default GrantId toGrantId(UUID id) {
        return id == null ? null : new GrantId(id);
    }
}
