package fr.ploucs.awareness.cjs.adapter.in.web;

import fr.ploucs.awareness.cjs.application.port.in.CjsNotFound;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordAuthorisation;
import fr.ploucs.awareness.cjs.application.port.in.CjsUseCase.RecordImageRights;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery;
import fr.ploucs.awareness.cjs.application.port.in.FindCjsQuery.CooperantStatus;
import fr.ploucs.awareness.cjs.domain.CooperantId;
import fr.ploucs.awareness.cjs.domain.SignedDocument;
import fr.ploucs.webparts.FormView;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A cooperant's page: their status and what is missing, the parental authorisation with its signed document (a
 * multipart upload, checked by the domain: PDF, PNG or JPEG by content, 5 MB at most), the image-rights choice, and
 * the document's download, for coordinators only.
 */
@Controller
@RequestMapping(CjsEditionsController.PATH + "/cooperants")
@PreAuthorize("hasRole('COORDINATOR')")
class CjsCooperantsController {

    static final String COOPERANT_PAGE = "awareness/cjs/cooperant";

    private final CjsUseCase cjs;
    private final FindCjsQuery query;

    CjsCooperantsController(CjsUseCase cjs, FindCjsQuery query) {
        this.cjs = cjs;
        this.query = query;
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, @RequestParam(name = "upload", required = false) String upload,
                Model model) {
        if (CjsUploadTooLarge.TOO_LARGE.equals(upload)) {
            AuthorisationForm form = new AuthorisationForm();
            BindingResult errors = new BeanPropertyBindingResult(form, "authorisationForm");
            errors.rejectValue("document", "awareness.cjs.document.too-large",
                    new Object[]{SignedDocument.MAX_BYTES / (1024 * 1024)}, null);
            model.addAttribute("authorisationForm", form);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "authorisationForm", errors);
        }
        return cooperantPage(id, model);
    }

    @PostMapping("/{id}/authorisation")
    @FormView(value = COOPERANT_PAGE, refill = "cooperantPage")
    String recordAuthorisation(@PathVariable String id, @ModelAttribute("authorisationForm") AuthorisationForm form,
                               BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
        CooperantStatus cooperant = cooperant(id);
        MultipartFile document = form.getDocument();
        if (document != null && document.getSize() > SignedDocument.MAX_BYTES) {
            errors.rejectValue("document", "awareness.cjs.document.too-large",
                    new Object[]{SignedDocument.MAX_BYTES / (1024 * 1024)}, null);
        }
        if (errors.hasErrors()) {
            return cooperantPage(id, model);
        }
        byte[] content = document == null || document.isEmpty() ? null : document.getBytes();
        cjs.recordAuthorisation(new RecordAuthorisation(cooperant.cooperant().id(), form.getSignatory(),
                form.getSignedOn(), form.getExpiresOn(), document == null ? null : document.getOriginalFilename(),
                content));
        redirect.addFlashAttribute("confirmation", "awareness.cjs.authorisation.recorded");
        return "redirect:" + CjsEditionsController.PATH + "/cooperants/" + id;
    }

    @PostMapping("/{id}/image-rights")
    @FormView(value = COOPERANT_PAGE, refill = "cooperantPage")
    String recordImageRights(@PathVariable String id, @ModelAttribute("imageRightsForm") ImageRightsForm form,
                             BindingResult errors, Model model, RedirectAttributes redirect) {
        CooperantStatus cooperant = cooperant(id);
        if (!errors.hasFieldErrors("allowed") && form.getAllowed() == null) {
            errors.rejectValue("allowed", "awareness.cjs.image-rights.allowed.required");
        }
        if (errors.hasErrors()) {
            return cooperantPage(id, model);
        }
        cjs.recordImageRights(new RecordImageRights(cooperant.cooperant().id(), form.getAllowed(),
                form.getChosenOn(), form.getExpiresOn()));
        redirect.addFlashAttribute("confirmation", "awareness.cjs.image-rights.recorded");
        return "redirect:" + CjsEditionsController.PATH + "/cooperants/" + id;
    }

    /** The signed authorisation, downloaded (never shown inline), with the type its content was recognised as. */
    @GetMapping("/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable String id) {
        CooperantStatus cooperant = cooperant(id);
        SignedDocument document = query.authorisationDocument(cooperant.cooperant().id())
                .orElseThrow(() -> new CjsNotFound(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.content());
    }

    /** The cooperant's page, with its two forms when not already in the model. */
    String cooperantPage(@PathVariable String id, Model model) {
        CooperantStatus cooperant = cooperant(id);
        model.addAttribute("cooperant", cooperant);
        model.addAttribute("edition", query.edition(cooperant.cooperant().editionId())
                .orElseThrow(() -> new CjsNotFound(id)));
        model.addAttribute("hasDocument", query.authorisationDocument(cooperant.cooperant().id()).isPresent());
        if (!model.containsAttribute("authorisationForm")) {
            AuthorisationForm form = new AuthorisationForm();
            if (cooperant.cooperant().authorisation() != null) {
                form.setSignatory(cooperant.cooperant().authorisation().signatory());
            }
            model.addAttribute("authorisationForm", form);
        }
        if (!model.containsAttribute("imageRightsForm")) {
            ImageRightsForm form = new ImageRightsForm();
            if (cooperant.cooperant().imageRights() != null) {
                form.setAllowed(cooperant.cooperant().imageRights().allowed());
            }
            model.addAttribute("imageRightsForm", form);
        }
        return COOPERANT_PAGE;
    }

    private CooperantStatus cooperant(String id) {
        return query.cooperant(new CooperantId(CjsIds.parse(id))).orElseThrow(() -> new CjsNotFound(id));
    }
}
