package fr.ploucs.awareness.cjs.adapter.out.persistence;

import fr.ploucs.awareness.cjs.application.port.out.CjsRepository;
import fr.ploucs.awareness.cjs.domain.Client;
import fr.ploucs.awareness.cjs.domain.CommitteeMember;
import fr.ploucs.awareness.cjs.domain.Cooperant;
import fr.ploucs.awareness.cjs.domain.Decision;
import fr.ploucs.awareness.cjs.domain.Facilitator;
import fr.ploucs.awareness.cjs.domain.Meeting;
import fr.ploucs.awareness.cjs.domain.SurplusShareOut;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.Edition;
import fr.ploucs.awareness.cjs.domain.EditionId;
import fr.ploucs.awareness.cjs.domain.ImageRights;
import fr.ploucs.awareness.cjs.domain.ParentalAuthorisation;
import fr.ploucs.awareness.cjs.domain.Sale;
import fr.ploucs.awareness.cjs.domain.SaleId;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.sharedkernel.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The CJS in PostgreSQL, with SQL; revenue and hours are summed by the database. */
@Component
class CjsPersistenceAdapter implements CjsRepository {

    private final JdbcClient jdbc;

    CjsPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Edition edition) {
        jdbc.sql("""
                        insert into awareness.cjs_edition (id, name, commune_code, epci_code, starts_on, ends_on)
                        values (:id, :name, :commune, :epci, :startsOn, :endsOn)""")
                .param("id", edition.id().value()).param("name", edition.name())
                .param("commune", edition.communeCode()).param("epci", edition.epciCode())
                .param("startsOn", edition.startsOn())
                .param("endsOn", edition.endsOn()).update();
    }

    @Override
    public Optional<Edition> edition(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_edition where id = ?").param(id.value())
                .query(CjsPersistenceAdapter::edition).optional();
    }

    @Override
    public List<Edition> editions() {
        return jdbc.sql("select * from awareness.cjs_edition order by starts_on desc, id")
                .query(CjsPersistenceAdapter::edition).list();
    }

    @Override
    public void save(Cooperant cooperant) {
        ParentalAuthorisation authorisation = cooperant.authorisation();
        ImageRights rights = cooperant.imageRights();
        jdbc.sql("""
                        insert into awareness.cjs_cooperant (id, edition_id, first_name, last_name, birth_date,
                            authorisation_signatory, authorisation_signed_on, authorisation_expires_on,
                            image_rights_allowed, image_rights_chosen_on, image_rights_expires_on)
                        values (:id, :edition, :firstName, :lastName, :birthDate, :signatory, :signedOn,
                            :authorisationExpiresOn, :allowed, :chosenOn, :rightsExpiresOn)
                        on conflict (id) do update set
                            authorisation_signatory = excluded.authorisation_signatory,
                            authorisation_signed_on = excluded.authorisation_signed_on,
                            authorisation_expires_on = excluded.authorisation_expires_on,
                            image_rights_allowed = excluded.image_rights_allowed,
                            image_rights_chosen_on = excluded.image_rights_chosen_on,
                            image_rights_expires_on = excluded.image_rights_expires_on""")
                .param("id", cooperant.id().value()).param("edition", cooperant.editionId().value())
                .param("firstName", cooperant.firstName()).param("lastName", cooperant.lastName())
                .param("birthDate", cooperant.birthDate())
                .param("signatory", authorisation == null ? null : authorisation.signatory())
                .param("signedOn", authorisation == null ? null : authorisation.signedOn())
                .param("authorisationExpiresOn", authorisation == null ? null : authorisation.expiresOn())
                .param("allowed", rights == null ? null : rights.allowed())
                .param("chosenOn", rights == null ? null : rights.chosenOn())
                .param("rightsExpiresOn", rights == null ? null : rights.expiresOn())
                .update();
    }

    @Override
    public Optional<Cooperant> lockCooperant(CooperantId id) {
        return jdbc.sql("select * from awareness.cjs_cooperant where id = ? for update").param(id.value())
                .query(CjsPersistenceAdapter::cooperant).optional();
    }

    @Override
    public List<Cooperant> cooperantsOf(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_cooperant where edition_id = ? order by lower(last_name), id")
                .param(id.value()).query(CjsPersistenceAdapter::cooperant).list();
    }

    @Override
    public void storeDocument(CooperantId id, SignedDocument document) {
        jdbc.sql("""
                        insert into awareness.cjs_authorisation_document (cooperant_id, file_name, content_type, content)
                        values (:id, :name, :type, :content)
                        on conflict (cooperant_id) do update set file_name = excluded.file_name,
                            content_type = excluded.content_type, content = excluded.content""")
                .param("id", id.value()).param("name", document.fileName()).param("type", document.contentType())
                .param("content", document.content()).update();
    }

    @Override
    public Optional<SignedDocument> document(CooperantId id) {
        return jdbc.sql("select * from awareness.cjs_authorisation_document where cooperant_id = ?")
                .param(id.value())
                .query((rs, n) -> new SignedDocument(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content"))).optional();
    }

    @Override
    public void insert(Sale sale) {
        jdbc.sql("""
                        insert into awareness.cjs_sale (id, edition_id, client, description, amount, sold_on)
                        values (:id, :edition, :client, :description, :amount, :soldOn)""")
                .param("id", sale.id().value()).param("edition", sale.editionId().value())
                .param("client", sale.client()).param("description", sale.description())
                .param("amount", sale.amount().amount()).param("soldOn", sale.soldOn()).update();
    }

    @Override
    public Optional<Sale> sale(SaleId id) {
        return jdbc.sql("select * from awareness.cjs_sale where id = ?").param(id.value())
                .query(CjsPersistenceAdapter::sale).optional();
    }

    @Override
    public List<Sale> salesOf(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_sale where edition_id = ? order by sold_on, id")
                .param(id.value()).query(CjsPersistenceAdapter::sale).list();
    }

    @Override
    public Money revenueOf(EditionId id) {
        return Money.of(jdbc.sql("select coalesce(sum(amount), 0) from awareness.cjs_sale where edition_id = ?")
                .param(id.value()).query(BigDecimal.class).single());
    }

    @Override
    public void addHours(SaleId saleId, CooperantId cooperantId, BigDecimal hours) {
        jdbc.sql("insert into awareness.cjs_hours (sale_id, cooperant_id, hours) values (?, ?, ?)")
                .params(saleId.value(), cooperantId.value(), hours).update();
    }

    @Override
    public Map<CooperantId, BigDecimal> hoursPerCooperant(EditionId id) {
        Map<CooperantId, BigDecimal> hours = new LinkedHashMap<>();
        jdbc.sql("""
                        select c.id, coalesce(sum(h.hours), 0) as hours
                          from awareness.cjs_cooperant c
                          left join awareness.cjs_hours h on h.cooperant_id = c.id
                         where c.edition_id = ?
                         group by c.id, c.last_name
                         order by lower(c.last_name), c.id""")
                .param(id.value())
                .query((rs, n) -> hours.put(new CooperantId(rs.getObject("id", UUID.class)),
                        rs.getBigDecimal("hours").setScale(2))).list();
        return hours;
    }

    @Override
    public Optional<Cooperant> cooperant(CooperantId id) {
        return jdbc.sql("select * from awareness.cjs_cooperant where id = ?").param(id.value())
                .query(CjsPersistenceAdapter::cooperant).optional();
    }

    @Override
    public Optional<Edition> lockEdition(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_edition where id = ? for update").param(id.value())
                .query(CjsPersistenceAdapter::edition).optional();
    }

    @Override
    public List<Facilitator> facilitatorsOf(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_facilitator where edition_id = ? order by position")
                .param(id.value())
                .query((rs, n) -> new Facilitator(rs.getObject("responsibility_id", UUID.class),
                        new EditionId(rs.getObject("edition_id", UUID.class)),
                        new MemberId(rs.getObject("member_id", UUID.class)), rs.getString("member_name"),
                        rs.getString("person_name"), rs.getString("person_email"))).list();
    }

    @Override
    public void insert(Facilitator facilitator) {
        jdbc.sql("""
                        insert into awareness.cjs_facilitator (responsibility_id, edition_id, member_id, member_name,
                            person_name, person_email) values (?, ?, ?, ?, ?, ?)""")
                .params(facilitator.responsibilityId(), facilitator.editionId().value(),
                        facilitator.memberId().value(), facilitator.memberName(), facilitator.personName(),
                        facilitator.personEmail()).update();
    }

    @Override
    public void deleteFacilitator(UUID responsibilityId) {
        jdbc.sql("delete from awareness.cjs_facilitator where responsibility_id = ?").param(responsibilityId).update();
    }

    @Override
    public void insert(CommitteeMember member) {
        jdbc.sql("""
                        insert into awareness.cjs_committee_member (id, edition_id, name, organisation, partner_id)
                        values (?, ?, ?, ?, ?)""")
                .params(member.id(), member.editionId().value(), member.name(), member.organisation(),
                        member.partnerId()).update();
    }

    @Override
    public List<CommitteeMember> committeeOf(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_committee_member where edition_id = ? order by lower(name), id")
                .param(id.value())
                .query((rs, n) -> new CommitteeMember(rs.getObject("id", UUID.class),
                        new EditionId(rs.getObject("edition_id", UUID.class)), rs.getString("name"),
                        rs.getString("organisation"), rs.getObject("partner_id", UUID.class))).list();
    }

    @Override
    public void insert(Client client) {
        jdbc.sql("insert into awareness.cjs_client (id, edition_id, name, contact) values (?, ?, ?, ?)")
                .params(client.id(), client.editionId().value(), client.name(), client.contact()).update();
    }

    @Override
    public List<Client> clientsOf(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_client where edition_id = ? order by lower(name), id")
                .param(id.value())
                .query((rs, n) -> new Client(rs.getObject("id", UUID.class),
                        new EditionId(rs.getObject("edition_id", UUID.class)), rs.getString("name"),
                        rs.getString("contact"))).list();
    }

    @Override
    public void insert(Meeting meeting) {
        jdbc.sql("insert into awareness.cjs_meeting (id, edition_id, held_on, subject) values (?, ?, ?, ?)")
                .params(meeting.id(), meeting.editionId().value(), meeting.heldOn(), meeting.subject()).update();
    }

    @Override
    public Optional<Meeting> meeting(UUID id) {
        return jdbc.sql("select * from awareness.cjs_meeting where id = ?").param(id)
                .query(CjsPersistenceAdapter::meeting).optional();
    }

    @Override
    public List<Meeting> meetingsOf(EditionId id) {
        return jdbc.sql("select * from awareness.cjs_meeting where edition_id = ? order by held_on, id")
                .param(id.value()).query(CjsPersistenceAdapter::meeting).list();
    }

    @Override
    public void insert(Decision decision) {
        jdbc.sql("insert into awareness.cjs_decision (id, meeting_id, text) values (?, ?, ?)")
                .params(decision.id(), decision.meetingId(), decision.text()).update();
    }

    @Override
    public List<Decision> decisionsOf(EditionId id) {
        return jdbc.sql("""
                        select d.* from awareness.cjs_decision d
                          join awareness.cjs_meeting m on m.id = d.meeting_id
                         where m.edition_id = ? order by d.position""")
                .param(id.value())
                .query((rs, n) -> new Decision(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                        rs.getString("text"))).list();
    }

    @Override
    public void save(SurplusShareOut shareOut) {
        UUID edition = shareOut.editionId().value();
        jdbc.sql("delete from awareness.cjs_surplus_share where edition_id = ?").param(edition).update();
        jdbc.sql("""
                        insert into awareness.cjs_surplus (edition_id, amount) values (?, ?)
                        on conflict (edition_id) do update set amount = excluded.amount""")
                .params(edition, shareOut.surplus().amount()).update();
        for (SurplusShareOut.Share share : shareOut.shares()) {
            jdbc.sql("insert into awareness.cjs_surplus_share (edition_id, cooperant_id, amount) values (?, ?, ?)")
                    .params(edition, share.cooperantId().value(), share.amount().amount()).update();
        }
    }

    @Override
    public Optional<SurplusShareOut> surplusOf(EditionId id) {
        Optional<BigDecimal> surplus = jdbc.sql("select amount from awareness.cjs_surplus where edition_id = ?")
                .param(id.value()).query(BigDecimal.class).optional();
        if (surplus.isEmpty()) {
            return Optional.empty();
        }
        List<SurplusShareOut.Share> shares = jdbc.sql("""
                        select s.cooperant_id, s.amount from awareness.cjs_surplus_share s
                          join awareness.cjs_cooperant c on c.id = s.cooperant_id
                         where s.edition_id = ? order by lower(c.last_name), c.id""")
                .param(id.value())
                .query((rs, n) -> new SurplusShareOut.Share(new CooperantId(rs.getObject("cooperant_id", UUID.class)),
                        Money.of(rs.getBigDecimal("amount")))).list();
        return Optional.of(new SurplusShareOut(id, Money.of(surplus.get()), shares));
    }

    private static Meeting meeting(ResultSet rs, int n) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), new EditionId(rs.getObject("edition_id", UUID.class)),
                rs.getObject("held_on", LocalDate.class), rs.getString("subject"));
    }

    private static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(new EditionId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("commune_code"), rs.getString("epci_code"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }

    private static Cooperant cooperant(ResultSet rs, int n) throws SQLException {
        LocalDate authorisationExpiresOn = rs.getObject("authorisation_expires_on", LocalDate.class);
        LocalDate rightsExpiresOn = rs.getObject("image_rights_expires_on", LocalDate.class);
        return new Cooperant(new CooperantId(rs.getObject("id", UUID.class)),
                new EditionId(rs.getObject("edition_id", UUID.class)), rs.getString("first_name"),
                rs.getString("last_name"), rs.getObject("birth_date", LocalDate.class),
                authorisationExpiresOn == null ? null : new ParentalAuthorisation(
                        rs.getString("authorisation_signatory"),
                        rs.getObject("authorisation_signed_on", LocalDate.class), authorisationExpiresOn),
                rightsExpiresOn == null ? null : new ImageRights(rs.getBoolean("image_rights_allowed"),
                        rs.getObject("image_rights_chosen_on", LocalDate.class), rightsExpiresOn));
    }

    private static Sale sale(ResultSet rs, int n) throws SQLException {
        return new Sale(new SaleId(rs.getObject("id", UUID.class)), new EditionId(rs.getObject("edition_id", UUID.class)),
                rs.getString("client"), rs.getString("description"), Money.of(rs.getBigDecimal("amount")),
                rs.getObject("sold_on", LocalDate.class));
    }
}
