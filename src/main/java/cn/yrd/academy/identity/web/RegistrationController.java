package cn.yrd.academy.identity.web;

import java.util.Locale;
import java.util.Objects;

import cn.yrd.academy.identity.Province;
import cn.yrd.academy.identity.internal.DirectoryViews;
import cn.yrd.academy.identity.internal.FieldRejected;
import cn.yrd.academy.identity.internal.Registrations;
import cn.yrd.academy.identity.internal.Registrations.NewAccount;
import cn.yrd.academy.identity.internal.Registrations.NewCompany;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

	private final Registrations registrations;

	private final DirectoryViews directory;

	RegistrationController(Registrations registrations, DirectoryViews directory) {
		this.registrations = registrations;
		this.directory = directory;
	}

	@GetMapping("/register")
	String initStudentForm(Model model) {
		model.addAttribute("form", RegisterStudentForm.empty());
		return studentForm(model);
	}

	@PostMapping("/register")
	String processStudentForm(@Valid @ModelAttribute("form") RegisterStudentForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		checkConfirmation(form.password(), form.confirmPassword(), result);
		if (result.hasErrors()) {
			return studentForm(model);
		}
		boolean registered = register(result, () -> registrations.registerStudent(new NewAccount(form.username(),
				form.displayName(), form.email(), form.phone(), form.password(), locale), form.organizationId()));
		if (!registered) {
			return studentForm(model);
		}
		redirect.addFlashAttribute("registered", "student");
		return "redirect:/login";
	}

	@GetMapping("/register/partner")
	String initPartnerForm(Model model) {
		model.addAttribute("form", RegisterPartnerForm.empty());
		return partnerForm(model);
	}

	@PostMapping("/register/partner")
	String processPartnerForm(@Valid @ModelAttribute("form") RegisterPartnerForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		checkConfirmation(form.password(), form.confirmPassword(), result);
		if (result.hasErrors()) {
			return partnerForm(model);
		}
		boolean registered = register(result, () -> registrations.registerPartner(
				new NewAccount(form.username(), form.displayName(), form.email(), form.phone(), form.password(),
						locale),
				new NewCompany(form.companyNameZh().trim(), form.companyNameEn().trim(), form.province(),
						form.city().trim())));
		if (!registered) {
			return partnerForm(model);
		}
		redirect.addFlashAttribute("registered", "partner");
		return "redirect:/login";
	}

	/** Runs a registration; a broken rule becomes a form error and nothing is stored. */
	private static boolean register(BindingResult result, Runnable registration) {
		try {
			registration.run();
			return true;
		}
		catch (FieldRejected ex) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		catch (DataIntegrityViolationException ex) {
			// Another registration took the username or email between our check and the insert.
			result.reject("registration.duplicate");
		}
		return false;
	}

	private static void checkConfirmation(String password, String confirmation, BindingResult result) {
		if (!result.hasFieldErrors("password") && !Objects.equals(password, confirmation)) {
			result.rejectValue("confirmPassword", "registration.password.mismatch");
		}
	}

	private String studentForm(Model model) {
		model.addAttribute("organizations", directory.activeOrganizations());
		return "identity/register";
	}

	private String partnerForm(Model model) {
		model.addAttribute("provinces", Province.values());
		return "identity/register-partner";
	}

}
