package io.trunkline.agent;

import io.trunkline.base.FieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VersionRefTest {

	@ParameterizedTest(name = "[{0}] means {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"" | latest
			"   " | latest
			latest | latest
			" latest " | latest
			3 | 3
			007 | 7
			prod | prod
			beta_2 | beta_2
			canary-eu | canary-eu
			v | v
			v2a | v2a
			abcdefghijklmnopqrst | abcdefghijklmnopqrst
			""")
	void accepted_references_read_back_as_their_canonical_text(String text, String canonical) {
		assertThat(VersionRef.parse(text).text()).isEqualTo(canonical);
	}

	@ParameterizedTest(name = "[{0}] is refused")
	@ValueSource(strings = { "0", "-1", "v2", "v10", "Prod", "LATEST", "2prod", "_prod", "pr od", "prod!",
			"abcdefghijklmnopqrstu", "99999999999" })
	void other_references_are_refused_at_the_version_ref_field(String text) {
		assertThatThrownBy(() -> VersionRef.parse(text)).isInstanceOf(FieldException.class)
			.extracting("field")
			.isEqualTo("versionRef");
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "latest", "", "3", "prod" })
	void parse_tells_the_kinds_apart(String text) {
		VersionRef ref = VersionRef.parse(text);
		switch (ref.text()) {
			case "latest" -> assertThat(ref).isSameAs(VersionRef.LATEST).matches(VersionRef::isLatest);
			case "3" -> assertThat(ref).isEqualTo(VersionRef.ofNumber(3)).extracting(VersionRef::tag).isNull();
			default -> assertThat(ref).isEqualTo(VersionRef.ofTag("prod")).extracting(VersionRef::number).isNull();
		}
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "latest", "v2", "Prod", "" })
	void latest_and_names_like_versions_are_no_tag_names(String name) {
		assertThat(VersionRef.isTagName(name)).isFalse();
		assertThatThrownBy(() -> VersionRef.ofTag(name)).isInstanceOf(IllegalArgumentException.class);
	}

}
