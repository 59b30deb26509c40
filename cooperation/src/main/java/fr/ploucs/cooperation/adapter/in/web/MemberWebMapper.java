package fr.ploucs.cooperation.adapter.in.web;

import fr.ploucs.cooperation.domain.Member;
import fr.ploucs.cooperation.domain.MemberDetails;
import fr.ploucs.cooperation.domain.Representative;
import fr.ploucs.cooperation.domain.Siret;
import fr.ploucs.sharedkernel.MemberId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.UUID;

@Mapper
interface MemberWebMapper {

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "legalForm", source = "details.legalForm")
    @Mapping(target = "siret", source = "details.siret")
    @Mapping(target = "commune", source = "details.commune")
    @Mapping(target = "representativeName", source = "details.representative.name")
    @Mapping(target = "representativeEmail", source = "details.representative.email")
    @Mapping(target = "representativePhone", source = "details.representative.phone")
    @Mapping(target = "joinedOn", expression = "java(member.joinedOn())")
    MemberView toView(Member member);

    @Mapping(target = "name", source = "details.name")
    @Mapping(target = "legalForm", source = "details.legalForm")
    @Mapping(target = "siret", source = "details.siret")
    @Mapping(target = "commune", source = "details.commune")
    @Mapping(target = "representativeName", source = "details.representative.name")
    @Mapping(target = "representativeEmail", source = "details.representative.email")
    @Mapping(target = "representativePhone", source = "details.representative.phone")
    @Mapping(target = "joinedOn", expression = "java(member.joinedOn())")
    MemberForm toForm(Member member);

    @Mapping(target = "representative", source = ".")
    MemberDetails toDetails(MemberForm form);

    @Mapping(target = "name", source = "representativeName")
    @Mapping(target = "email", source = "representativeEmail")
    @Mapping(target = "phone", source = "representativePhone")
    Representative toRepresentative(MemberForm form);

    default String siretText(Siret siret) {
        return siret == null ? null : siret.formatted();
    }

    default Siret siret(String typed) {
        return typed == null || typed.isBlank() ? null : Siret.parse(typed);
    }

    default UUID uuid(MemberId id) {
        return id.value();
    }

    /** Every text as typed loses its surrounding spaces, and an empty one means "not given". */
    default String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
