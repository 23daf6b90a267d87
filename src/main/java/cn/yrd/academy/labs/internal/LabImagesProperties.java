package cn.yrd.academy.labs.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param imagesDir the folder with one sub-folder per lab image
 */
@ConfigurationProperties("academy.labs")
record LabImagesProperties(Path imagesDir) {

	LabImagesProperties {
		imagesDir = imagesDir == null ? Path.of("lab-images") : imagesDir;
	}

}
