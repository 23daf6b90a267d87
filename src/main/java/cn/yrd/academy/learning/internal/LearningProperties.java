package cn.yrd.academy.learning.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Lab submission settings ({@code academy.learning.*}).
 *
 * @param submissionsDir where submitted files are kept, one folder per submission
 * @param maxFileSize the largest file a student may submit
 * @param maxFiles how many files one submission may hold
 * @param extensions the file name extensions accepted, lower case; each must also look like its type inside
 * @param retakeAfterPass how long after its latest pass a student may attempt an exercise again, so that a
 *     certificate can be renewed with freshly graded work
 */
@ConfigurationProperties("academy.learning")
public record LearningProperties(@DefaultValue("data/submissions") Path submissionsDir,
		@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("5") int maxFiles,
		@DefaultValue({ "pdf", "png", "jpg", "jpeg", "txt", "zip", "zap17", "zap16", "zap18" }) List<String> extensions,
		@DefaultValue("180d") Duration retakeAfterPass) {
}
