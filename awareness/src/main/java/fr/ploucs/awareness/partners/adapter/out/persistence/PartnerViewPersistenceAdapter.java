package fr.ploucs.awareness.partners.adapter.out.persistence;

import fr.ploucs.awareness.partners.application.port.out.PartnerViewRepository;
import fr.ploucs.awareness.partners.domain.Partner;
import fr.ploucs.awareness.partners.domain.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The partners view in {@code awareness.partner}. One upsert decides in SQL whether a change is newer than the row,
 * so two deliveries racing each other cannot let the older win.
 */
@Component
class PartnerViewPersistenceAdapter implements PartnerViewRepository {

    private final JdbcClient jdbc;

    PartnerViewPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean saveIfNewer(Partner partner) {
        return jdbc.sql("""
                        insert into awareness.partner (id, kind, name, commune_code, epci_code, changed_at)
                        values (:id, :kind, :name, :commune, :epci, :changedAt)
                        on conflict (id) do update set kind = excluded.kind, name = excluded.name,
                            commune_code = excluded.commune_code, epci_code = excluded.epci_code,
                            changed_at = excluded.changed_at
                        where awareness.partner.changed_at < excluded.changed_at""")
                .param("id", partner.id().value()).param("kind", partner.kind()).param("name", partner.name())
                .param("commune", partner.communeCode()).param("epci", partner.epciCode())
                .param("changedAt", Timestamp.from(partner.changedAt()))
                .update() == 1;
    }

    @Override
    public Optional<Partner> find(PartnerId id) {
        return jdbc.sql("select * from awareness.partner where id = ?").param(id.value())
                .query(PartnerViewPersistenceAdapter::partner).optional();
    }

    @Override
    public List<Partner> all() {
        return jdbc.sql("select * from awareness.partner order by lower(name), id")
                .query(PartnerViewPersistenceAdapter::partner).list();
    }

    private static Partner partner(ResultSet row, int rowNumber) throws SQLException {
        return new Partner(new PartnerId(row.getObject("id", java.util.UUID.class)), row.getString("kind"),
                row.getString("name"), row.getString("commune_code"), row.getString("epci_code"),
                row.getTimestamp("changed_at").toInstant());
    }
}
