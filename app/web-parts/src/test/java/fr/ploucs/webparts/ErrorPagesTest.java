package fr.ploucs.webparts;

import fr.ploucs.sharedkernel.ChangedMeanwhile;
import fr.ploucs.sharedkernel.Money;
import fr.ploucs.sharedkernel.NotFound;
import fr.ploucs.sharedkernel.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.format.support.FormattingConversionService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ErrorPagesTest {

    private final MockMvc mvc;

    ErrorPagesTest() {
        FormattingConversionService conversions = new FormattingConversionService();
        new WebPartsConfiguration().addFormatters(conversions);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        mvc = MockMvcBuilders.standaloneSetup(new Things())
                .setControllerAdvice(new ErrorPages(beans.getBeanProvider(RequestMappingHandlerAdapter.class)))
                .setConversionService(conversions)
                .build();
    }

    @Test
    void notFoundIsThe404Page() throws Exception {
        mvc.perform(post("/things/missing")).andExpect(status().isNotFound());
    }

    @Test
    void aRuleViolationGivesTheFormBackWithTheErrorNextToItsFieldAndWhatWasTyped() throws Exception {
        mvc.perform(post("/things/refused").param("name", "Lou").param("amount", "1 500"))
                .andExpect(status().isOk())
                .andExpect(view().name("things/form"))
                .andExpect(model().attribute("choices", "kept"))
                .andExpect(model().attributeHasFieldErrorCode("thing", "amount", "thing.amount.too-much"))
                .andExpect(model().attribute("thing", org.hamcrest.Matchers.hasProperty("name",
                        org.hamcrest.Matchers.is("Lou"))));
    }

    @Test
    void aViolationOfNoFieldOfTheFormIsShownAboveIt() throws Exception {
        mvc.perform(post("/things/refused-globally").param("name", "Lou"))
                .andExpect(view().name("things/form"))
                .andExpect(model().attributeHasErrors("thing"));
    }

    @Test
    void aChangeMadeMeanwhileGivesTheFormBackWithTheNotice() throws Exception {
        mvc.perform(post("/things/stale").param("name", "Lou"))
                .andExpect(status().isOk())
                .andExpect(view().name("things/form"))
                .andExpect(model().attribute(ErrorPages.CHANGED_MEANWHILE, true))
                .andExpect(model().attribute(ErrorPages.CHANGED_MEANWHILE_MESSAGE, "thing.changed-meanwhile"));
    }

    @Test
    void aButtonRefusedGoesBackWithTheMessage() throws Exception {
        mvc.perform(post("/things/7/remove"))
                .andExpect(redirectedUrl("/things/7#lines"))
                .andExpect(flash().attribute("problem", "thing.rule.last-line"));
    }

    @Test
    void aLineIndexPastTheBindersLimitIsABadRequestNeverA500() throws Exception {
        mvc.perform(post("/things/refused").param("name", "Lou").param("lines[100000].name", "loin"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/things/refused").param("name", "Lou").param("lines[0].name", "près"))
                .andExpect(view().name("things/form"));
    }

    @Test
    void aRefusalNobodyPlacedIsAConflictNeverA500() throws Exception {
        mvc.perform(post("/things/unplaced")).andExpect(status().isConflict());
    }

    @Controller
    static class Things {

        @PostMapping("/things/missing")
        String missing() {
            throw new NotFound("missing");
        }

        @PostMapping("/things/refused")
        @FormView("things/form")
        String refused(@ModelAttribute("thing") Thing thing, BindingResult errors, Model model) {
            model.addAttribute("choices", "kept");
            throw new RuleViolation("amount", "thing.amount.too-much", Money.euros(1000));
        }

        @PostMapping("/things/refused-globally")
        @FormView("things/form")
        String refusedGlobally(@ModelAttribute("thing") Thing thing, BindingResult errors) {
            throw new RuleViolation("nothingLikeThis", "thing.rule.whole");
        }

        @PostMapping("/things/stale")
        @FormView(value = "things/form", changedMeanwhile = "thing.changed-meanwhile")
        String stale(@ModelAttribute("thing") Thing thing, BindingResult errors) {
            throw new ChangedMeanwhile("7");
        }

        @PostMapping("/things/{id}/remove")
        @RefusalRedirect(value = "/things/{id}#lines", flash = "problem")
        String remove(@PathVariable String id) {
            throw new RuleViolation(null, "thing.rule.last-line");
        }

        @PostMapping("/things/unplaced")
        String unplaced() {
            throw new RuleViolation(null, "thing.rule.whole");
        }
    }

    public static class Thing {
        private String name;
        @MoneyInput
        private Money amount;
        private java.util.List<Line> lines = new java.util.ArrayList<>();

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Money getAmount() { return amount; }
        public void setAmount(Money amount) { this.amount = amount; }
        public java.util.List<Line> getLines() { return lines; }
        public void setLines(java.util.List<Line> lines) { this.lines = lines; }
    }

    public static class Line {
        private String name;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }
}
