package cn.yrd.academy.booking.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.yrd.academy.booking.internal.BlockRefused;
import cn.yrd.academy.booking.internal.ClassBlock;
import cn.yrd.academy.booking.internal.ClassBlocks;
import cn.yrd.academy.catalog.LabExerciseSummary;
import cn.yrd.academy.catalog.LabExercises;
import cn.yrd.academy.identity.AcademyUser;
import cn.yrd.academy.identity.TrainingBaseSummary;
import cn.yrd.academy.identity.TrainingBases;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An instructor's class blocks: the requests they made and the form to make one.
 */
@Controller
@PreAuthorize("hasAnyRole('INSTRUCTOR', 'CLUSTER_ADMIN')")
class InstructorBlocksController {

	private final ClassBlocks blocks;

	private final LabExercises labs;

	private final TrainingBases bases;

	InstructorBlocksController(ClassBlocks blocks, LabExercises labs, TrainingBases bases) {
		this.blocks = blocks;
		this.labs = labs;
		this.bases = bases;
	}

	@GetMapping("/instructor/blocks")
	String initCreationForm(@AuthenticationPrincipal AcademyUser instructor, Model model) {
		model.addAttribute("form", RequestBlockForm.empty());
		return page(instructor, model);
	}

	@PostMapping("/instructor/blocks")
	String processCreationForm(@ModelAttribute("form") RequestBlockForm form, BindingResult result,
			@AuthenticationPrincipal AcademyUser instructor, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(instructor, model);
		}
		ClassBlock block;
		try {
			block = blocks.request(form.toRequest(), instructor);
		}
		catch (BlockRefused refused) {
			if (refused.field() == null) {
				result.reject(refused.messageKey(), refused.arguments(), null);
			}
			else {
				result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
			}
			return page(instructor, model);
		}
		redirect.addFlashAttribute("messageKey", "block.requested");
		redirect.addFlashAttribute("messageArg", bases.find(block.getBaseId()).orElseThrow().code());
		return "redirect:/instructor/blocks";
	}

	@PostMapping("/instructor/blocks/{id}/cancel")
	String cancel(@PathVariable long id, @AuthenticationPrincipal AcademyUser instructor,
			RedirectAttributes redirect) {
		try {
			blocks.cancel(id, instructor);
			redirect.addFlashAttribute("messageKey", "block.cancelled");
		}
		catch (BlockRefused refused) {
			redirect.addFlashAttribute("errorKey", refused.messageKey());
		}
		return "redirect:/instructor/blocks";
	}

	private String page(AcademyUser instructor, Model model) {
		Map<Long, TrainingBaseSummary> byId = new LinkedHashMap<>();
		bases.all().forEach(base -> byId.put(base.id(), base));
		model.addAttribute("blocks", blocks.requestedBy(instructor).stream()
			.map(block -> new BlockView(block, byId.get(block.getBaseId()), List.of()))
			.toList());
		Map<String, List<String>> imagesByCourse = new LinkedHashMap<>();
		for (String course : labs.taughtBy(instructor)) {
			List<String> images = labs.ofCourse(course, instructor).stream().map(LabExerciseSummary::imageCode)
				.distinct().toList();
			if (!images.isEmpty()) {
				imagesByCourse.put(course, images);
			}
		}
		model.addAttribute("courses", imagesByCourse.keySet());
		model.addAttribute("images", imagesByCourse.values().stream().flatMap(List::stream).distinct().sorted()
			.toList());
		model.addAttribute("bases", byId.values());
		return "booking/blocks";
	}

}
