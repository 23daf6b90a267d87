package cn.yrd.academy.labs.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yrd.academy.labs.LabImage;
import cn.yrd.academy.labs.LabImages;
import cn.yrd.academy.shared.skills.SkillTaxonomy;
import cn.yrd.academy.shared.yaml.SourceProblem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Loads the lab images once at startup; an invalid image stops the start with every problem listed,
 * because a course whose lab names a broken image could never be booked.
 */
@Service
@EnableConfigurationProperties(LabImagesProperties.class)
class FolderLabImages implements LabImages {

	private final Map<String, LabImage> images;

	FolderLabImages(LabImagesProperties properties, SkillTaxonomy skills) throws IOException {
		if (!Files.isDirectory(properties.imagesDir())) {
			throw new IllegalStateException("Lab images folder " + properties.imagesDir().toAbsolutePath()
					+ " not found; set academy.labs.images-dir");
		}
		LabImageFolder.Result result = new LabImageFolder(skills::exists).read(properties.imagesDir());
		if (!result.problems().isEmpty()) {
			throw new IllegalStateException("Invalid lab images in " + properties.imagesDir().toAbsolutePath()
					+ ":\n" + result.problems().stream().map(SourceProblem::toString).collect(Collectors.joining("\n")));
		}
		this.images = result.images().stream().collect(Collectors.toUnmodifiableMap(LabImage::code, Function.identity()));
	}

	@Override
	public List<LabImage> all() {
		return images.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
	}

	@Override
	public Optional<LabImage> find(String code) {
		return Optional.ofNullable(images.get(code));
	}

}
