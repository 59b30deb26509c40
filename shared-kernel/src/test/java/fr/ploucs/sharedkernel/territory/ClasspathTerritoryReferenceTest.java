package fr.ploucs.sharedkernel.territory;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference shipped in the jar, read for real: whole of France, from @etalab/decoupage-administratif. */
class ClasspathTerritoryReferenceTest {

    private static final ClasspathTerritoryReference REFERENCE = new ClasspathTerritoryReference();

    @Test
    void finds_a_commune_by_part_of_its_name_ignoring_accents_hyphens_and_case() {
        assertThat(REFERENCE.findCommunes("mont de marsan", 20)).first()
                .extracting(Commune::name, Commune::code).containsExactly("Mont-de-Marsan", "40192");
        assertThat(REFERENCE.findCommunes("MORCENX", 20)).extracting(Commune::label)
                .containsExactly("Morcenx-la-Nouvelle (40110)");
        assertThat(REFERENCE.findCommunes("ile d yeu", 20)).extracting(Commune::name).contains("L'Île-d'Yeu");
        assertThat(REFERENCE.findCommunes("pétaouchnok", 20)).isEmpty();
    }

    @Test
    void the_whole_name_comes_first_then_names_starting_with_it_then_bigger_communes() {
        List<Commune> found = REFERENCE.findCommunes("dax", 20);
        assertThat(found.get(0).name()).isEqualTo("Dax");
        assertThat(found).hasSizeLessThanOrEqualTo(20);
        assertThat(REFERENCE.findCommunes("saint", 20)).hasSize(20);
    }

    @Test
    void finds_communes_by_postcode_prefix_and_by_insee_code() {
        List<Commune> found = REFERENCE.findCommunes("401", 20);
        assertThat(found).hasSize(20)
                .allSatisfy(commune -> assertThat(commune.postcodes()).anyMatch(p -> p.startsWith("401")));
        assertThat(found).extracting(Commune::name).contains("Morcenx-la-Nouvelle");
        assertThat(REFERENCE.findCommunes("40110", 20)).extracting(Commune::name).contains("Morcenx-la-Nouvelle");
        assertThat(REFERENCE.findCommunes("40197", 20)).extracting(Commune::name).containsExactly("Morcenx-la-Nouvelle");
    }

    @Test
    void a_commune_gives_its_departement_and_its_epci() {
        Commune morcenx = REFERENCE.commune("40197").orElseThrow();

        assertThat(morcenx.postcodes()).containsExactly("40110");
        assertThat(REFERENCE.departement(morcenx.departementCode())).contains(new Departement("40", "Landes"));
        assertThat(REFERENCE.epci(morcenx.epciCode())).contains(new Epci("244000691", "CC du Pays Morcenais", "CC"));
        assertThat(REFERENCE.communesOf("244000691")).extracting(Commune::name)
                .contains("Morcenx-la-Nouvelle", "Ygos-Saint-Saturnin");
    }

    @Test
    void finds_epcis_by_name_including_names_with_quotes_and_namesakes_by_whole_name() {
        assertThat(REFERENCE.findEpcis("pays morcenais", 20)).extracting(Epci::label)
                .containsExactly("CC du Pays Morcenais (244000691)");
        assertThat(REFERENCE.findEpcis("saintes", 20)).extracting(Epci::name)
                .contains("CA \"Saintes - Grandes Rives - L'Agglo\"");
        assertThat(REFERENCE.communesNamed("saint paul")).hasSizeGreaterThan(1);
        assertThat(REFERENCE.epcisNamed("cc du pays morcenais")).hasSize(1);
    }

    @Test
    void only_current_communes_of_the_whole_of_france_and_the_version_they_came_from() {
        assertThat(REFERENCE.commune("75056")).map(Commune::name).contains("Paris");
        assertThat(REFERENCE.commune("97411")).map(Commune::name).contains("Saint-Denis");
        // Arjuzanx and Garrosse merged into Morcenx-la-Nouvelle: as « communes déléguées » they are not offered.
        assertThat(REFERENCE.findCommunes("arjuzanx", 20)).isEmpty();
        assertThat(REFERENCE.commune("40107")).isEmpty();
        assertThat(REFERENCE.source()).startsWith("@etalab/decoupage-administratif ");
    }

    @Test
    void reads_quoted_csv_fields() {
        assertThat(Csv.parse("200036473,\"CA \"\"Saintes\"\", L'Agglo\",CA"))
                .containsExactly("200036473", "CA \"Saintes\", L'Agglo", "CA");
        assertThat(Csv.parse("a,,c")).containsExactly("a", "", "c");
    }
}
