package io.flowkit.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTextTest {

  @Test
  void textCannotEndTheCommentStartATagOrInjectMarkup() {
    assertThat(JavadocText.text("a */ b @param x <b>y</b> & z"))
        .isEqualTo("a *&#47; b &#64;param x &lt;b&gt;y&lt;/b&gt; &amp; z");
  }

  @Test
  void textCannotSmuggleAUnicodeEscapeIntoTheSource() {
    assertThat(JavadocText.text("line\\u000a break")).doesNotContain("\\").isEqualTo("line&#92;u000a break");
    assertThat(JavadocText.lineComment("C:\\u000aevil")).isEqualTo("C:\\\\u000aevil");
  }

  @Test
  void namesAreInlineCodeUnlessTheyWouldUnbalanceIt() {
    assertThat(JavadocText.code("Create Order REQUEST - customer")).isEqualTo("{@code Create Order REQUEST - customer}");
    assertThat(JavadocText.code("a}b")).isEqualTo("<code>a}b</code>");
    assertThat(JavadocText.code("x*/y")).isEqualTo("<code>x*&#47;y</code>");
  }

  @Test
  void sentencesEndWithAFullStop() {
    assertThat(JavadocText.sentence("Places an order")).isEqualTo("Places an order.");
    assertThat(JavadocText.sentence("Done?")).isEqualTo("Done?");
    assertThat(JavadocText.sentence("  Line one\r\nline two.  ")).isEqualTo("Line one\nline two.");
  }
}
