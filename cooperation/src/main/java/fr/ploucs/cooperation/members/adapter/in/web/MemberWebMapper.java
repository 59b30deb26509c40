package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.cooperation.members.domain.Member;
import fr.ploucs.cooperation.members.domain.MemberDetails;
import fr.ploucs.cooperation.members.domain.Representative;
import fr.ploucs.cooperation.shared.domain.Siret;
import org.springframework.stereotype.Component;

/**
 * Between the member pages and the domain. Written by hand: MapStruct belongs to the persistence adapter only
 * (docs/architecture, rule 5), and the forms are few and flat.
 */
@Component
class MemberWebMapper {

    public MemberView toView(Member member) {
        MemberDetails details = member.getDetails();
        Representative representative = details.representative();
        return new MemberView(member.getId().value(), details.name(), details.legalForm(),
                siretText(details.siret()), details.commune(), representative.name(), representative.email(),
                representative.phone(), member.getStatus(), member.joinedOn(), member.getHistory(),
                member.getVersion());
    }

    MemberForm toForm(Member member) {
        MemberDetails details = member.getDetails();
        Representative representative = details.representative();
        MemberForm form = new MemberForm();
        form.setName(details.name());
        form.setLegalForm(details.legalForm());
        form.setSiret(siretText(details.siret()));
        form.setCommune(details.commune());
        form.setRepresentativeName(representative.name());
        form.setRepresentativeEmail(representative.email());
        form.setRepresentativePhone(representative.phone());
        form.setVersion(member.getVersion());
        form.setJoinedOn(member.joinedOn());
        return form;
    }

    MemberDetails toDetails(MemberForm form) {
        return new MemberDetails(tidy(form.getName()), form.getLegalForm(), siret(form.getSiret()),
                tidy(form.getCommune()), toRepresentative(form));
    }

    private static Representative toRepresentative(MemberForm form) {
        return new Representative(tidy(form.getRepresentativeName()), tidy(form.getRepresentativeEmail()),
                tidy(form.getRepresentativePhone()));
    }

    private static String siretText(Siret siret) {
        return siret == null ? null : siret.formatted();
    }

    private static Siret siret(String typed) {
        return typed == null || typed.isBlank() ? null : Siret.parse(typed);
    }

    /** Every text as typed loses its surrounding spaces, and an empty one means "not given". */
    private static String tidy(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
