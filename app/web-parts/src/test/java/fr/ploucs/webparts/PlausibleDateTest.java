package fr.ploucs.webparts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** {@link PlausibleDate}, counted from the injected clock: today is 29/11/2026. */
@WebMvcTest(SampleController.class)
@Import(PlausibleDateTest.Today.class)
@WithMockUser
class PlausibleDateTest {

    @TestConfiguration
    static class Today {
        @Bean
        Clock clock() {
            return Clock.fixed(LocalDate.of(2026, 11, 29).atTime(10, 0).atZone(ParisClock.PARIS).toInstant(),
                    ParisClock.PARIS);
        }
    }

    @Autowired
    private MockMvc mvc;

    @Test
    void a_joining_date_before_1901_or_after_today_is_refused_with_the_bound_in_french_and_in_english() throws Exception {
        assertThat(error(form().param("joinedOn", "0001-01-01").locale(Locale.FRENCH), "joinedOn"))
                .isEqualTo("Cette date est trop ancienne : elle ne peut pas être avant le 01/01/1901.");
        assertThat(error(form().param("joinedOn", "1900-12-31").locale(Locale.FRENCH), "joinedOn"))
                .isEqualTo("Cette date est trop ancienne : elle ne peut pas être avant le 01/01/1901.");
        assertThat(error(form().param("joinedOn", "2026-11-30").locale(Locale.FRENCH), "joinedOn"))
                .isEqualTo("Cette date est trop lointaine : elle ne peut pas être après le 29/11/2026.");
        assertThat(error(form().param("joinedOn", "+999999999-12-31").locale(Locale.ENGLISH), "joinedOn"))
                .isEqualTo("This date is too far ahead: it cannot be after 29 Nov 2026.");
    }

    @Test
    void the_bounds_themselves_and_what_lies_between_are_accepted() throws Exception {
        assertThat(error(form().param("joinedOn", "1901-01-01"), "joinedOn")).isNull();
        assertThat(error(form().param("joinedOn", "2026-11-29"), "joinedOn")).isNull();
        assertThat(error(form().param("bookedAt", "2029-11-29T18:00:00"), "bookedAt")).isNull();
        assertThat(error(form().param("bookedAt", "2025-11-29T08:00:00"), "bookedAt")).isNull();
        assertThat(error(form().param("year", "2031"), "year")).isNull();
        assertThat(error(form(), "joinedOn")).as("nothing checked while empty").isNull();
    }

    @Test
    void a_booking_is_within_a_few_years_and_a_field_may_say_it_its_own_way() throws Exception {
        assertThat(error(form().param("bookedAt", "9999-12-31T10:00:00").locale(Locale.FRENCH), "bookedAt"))
                .isEqualTo("Cette date est trop lointaine : elle ne peut pas être après le 29/11/2029.");
        assertThat(error(form().param("bookedAt", "2025-11-28T23:00:00").locale(Locale.FRENCH), "bookedAt"))
                .isEqualTo("Une réservation ne peut pas commencer avant le 29/11/2025.");
    }

    @Test
    void a_year_typed_as_a_number_is_compared_with_the_years_of_the_bounds() throws Exception {
        assertThat(error(form().param("year", "1000000000").locale(Locale.FRENCH), "year"))
                .isEqualTo("Cette date est trop lointaine : elle ne peut pas être après le 29/11/2031.");
        assertThat(error(form().param("year", "-5").locale(Locale.FRENCH), "year"))
                .startsWith("Cette date est trop ancienne");
        assertThat(error(form().param("year", "2032"), "year")).isNotNull();
        assertThat(error(form().param("year", "2021"), "year")).isNull();
    }

    @Test
    void the_error_shows_on_the_page_next_to_the_field() throws Exception {
        String page = mvc.perform(form().param("joinedOn", "0001-01-01").locale(Locale.FRENCH)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("elle ne peut pas être avant le 01/01/1901.");
    }

    private MockHttpServletRequestBuilder form() {
        return post("/sample").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.csrf()).param("name", "Lou").param("on", "2026-11-29")
                .param("kind", "CALL");
    }

    private String error(MockHttpServletRequestBuilder request, String field) throws Exception {
        BindingResult errors = (BindingResult) mvc.perform(request).andReturn().getModelAndView().getModel()
                .get(BindingResult.MODEL_KEY_PREFIX + "sample");
        FieldError error = errors.getFieldError(field);
        return error == null ? null : error.getDefaultMessage();
    }
}
