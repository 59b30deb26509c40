package fr.ploucs.cooperation.mutualisation.domain;

import fr.ploucs.sharedkernel.MemberId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SharedResourceTest {

    private final MemberId owner = MemberId.newId();

    @Test
    void a_shared_resource_starts_active_and_bookable() {
        SharedResource kit = SharedResource.share(SharedResourceId.newId(), details("Jeu de rôle de l’ESS"));

        assertThat(kit.isActive()).isTrue();
        assertThat(kit.getVersion()).isNull();
        kit.requireBookable();
    }

    @Test
    void a_withdrawn_resource_cannot_be_booked_until_it_is_reinstated() {
        SharedResource kit = SharedResource.share(SharedResourceId.newId(), details("Jeu de rôle de l’ESS"));

        kit.update(details("Jeu de rôle de l’ESS (2e édition)"), false);

        assertThat(kit.isActive()).isFalse();
        assertThat(kit.getDetails().name()).isEqualTo("Jeu de rôle de l’ESS (2e édition)");
        assertThatExceptionOfType(MutualisationRuleViolation.class).isThrownBy(kit::requireBookable)
                .extracting(MutualisationRuleViolation::reason).isEqualTo("booking.rule.resource-withdrawn");

        kit.update(kit.getDetails(), true);
        kit.requireBookable();
    }

    @Test
    void a_resource_needs_a_name_and_a_location() {
        assertThatIllegalArgumentException().isThrownBy(() -> details(" "));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SharedResourceDetails(ResourceKind.ROOM, "Salle", null, " ", owner));
    }

    private SharedResourceDetails details(String name) {
        return new SharedResourceDetails(ResourceKind.EDUCATIONAL_KIT, name, "Le jeu créé en résidence",
                "Morcenx-la-Nouvelle", owner);
    }
}
