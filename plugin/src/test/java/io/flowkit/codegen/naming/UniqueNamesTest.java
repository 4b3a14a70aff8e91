package io.flowkit.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueNamesTest {

  @Test
  void membersThatCollideAreTellApartByTheirSpelling() {
    assertThat(MemberNames.allocate(List.of("First Name", "first_name", "firstName")))
        .containsExactly(
            entry("First Name", "firstSpaceName"),
            entry("first_name", "first_name"),
            entry("firstName", "firstName"));
  }

  @Test
  void signedNumbersStayDistinct() {
    assertThat(MemberNames.allocate(List.of("+1", "-1", "1")))
        .containsExactly(entry("+1", "plus1"), entry("-1", "minus1"), entry("1", "_1"));
  }

  @Test
  void aNameThatIsItsOwnJavaNameKeepsIt() {
    assertThat(MemberNames.allocate(List.of("Order Id", "orderId")))
        .containsExactly(entry("Order Id", "orderSpaceId"), entry("orderId", "orderId"));
  }

  @Test
  void memberAllocationIsDeterministic() {
    List<String> names = List.of("a b", "a-b", "a_b", "aB", "a.b", "a$b");
    assertThat(MemberNames.allocate(names)).isEqualTo(MemberNames.allocate(names));
    assertThat(MemberNames.allocate(names).values()).doesNotHaveDuplicates()
        .allSatisfy(n -> assertThat(JavaNames.isMemberName(n)).isTrue())
        .noneMatch(n -> n.matches(".*_\\d+$"));
  }

  @Test
  void constantsThatCollideAreToldApartBySpellingThenLetterCase() {
    assertThat(ConstantNames.allocate(List.of("in progress", "in-progress", "IN_PROGRESS", "open", "OPEN", "Open")))
        .containsExactly(
            entry("in progress", "IN_SPACE_PROGRESS"),
            entry("in-progress", "IN_DASH_PROGRESS"),
            entry("IN_PROGRESS", "IN_PROGRESS"),
            entry("open", "OPEN_LOWER"),
            entry("OPEN", "OPEN"),
            entry("Open", "OPEN_MIXED"));
  }

  @Test
  void classNamesAreClaimedWithEveryDerivedName() {
    ClassNameRegistry registry = new ClassNameRegistry();
    assertThat(registry.claim(List.of("CreateOrder"), List.of("Action", "Request", "Response", "Codec")))
        .isEqualTo("CreateOrder");
    // a type whose own name is free but whose codec would not be gets the next candidate
    assertThat(registry.claim(List.of("CreateOrderRequest", "CreateOrderRequestType"), List.of("", "Codec")))
        .isEqualTo("CreateOrderRequestType");
    assertThat(registry.isFree("CreateOrderCodec")).isFalse();
  }

  @Test
  void classNamesCompareIgnoringCaseAndAvoidJavaLang() {
    ClassNameRegistry registry = new ClassNameRegistry();
    assertThat(registry.claim(List.of("Ticket"), List.of(""))).isEqualTo("Ticket");
    assertThat(registry.claim(List.of("TICKET", "TicketType"), List.of(""))).isEqualTo("TicketType");
    assertThat(registry.claim(List.of("String", "StringType"), List.of("", "Codec"))).isEqualTo("StringType");
  }

  @Test
  void theNumericSuffixIsALastResort() {
    ClassNameRegistry registry = new ClassNameRegistry();
    registry.claim(List.of("Foo"), List.of(""));
    assertThat(registry.claim(List.of("Foo"), List.of(""))).isEqualTo("Foo2");
  }
}
