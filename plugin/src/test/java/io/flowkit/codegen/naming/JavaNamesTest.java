package io.flowkit.codegen.naming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Create Order REQUEST - customer | CreateOrderRequestCustomer",
      "$File RESPONSE - Receipt       | FileResponseReceipt",
      "Ticket                         | Ticket",
      "postCode                       | PostCode",
      "XMLHttpRequest                 | XmlHttpRequest",
      "Last Name                      | LastName",
      "order$created                  | OrderCreated",
      "first_name                     | FirstName",
      "1st                            | _1st",
      "+1                             | Plus1",
      "-1                             | Minus1",
      "Größe                          | Grosse",
      "café au lait                   | CafeAuLait",
      "%                              | Percent",
      "ID                             | Id",
      "iPhone case                    | IPhoneCase",
      "名前                           | 名前",
  })
  void typeNames(String flowName, String javaName) {
    assertThat(JavaNames.typeName(flowName)).isEqualTo(javaName);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "customerId   | customerId",
      "Last Name    | lastName",
      "Mime Type    | mimeType",
      "externalId   | externalId",
      "ID           | id",
      "URL          | url",
      "class        | class_",
      "default      | default_",
      "package      | package_",
      "enum         | enum_",
      "new          | new_",
      "true         | true_",
      "_            | underscore",
      "hashCode     | hashCode_",
      "java         | java_",
      "toString     | toString_",
      "+1           | plus1",
      "-1           | minus1",
      "1st          | _1st",
      "order$created | orderCreated",
      "Date Created | dateCreated",
      "v2Api        | v2Api",
      "a.b.c        | aBC",
  })
  void memberNames(String flowName, String javaName) {
    assertThat(JavaNames.memberName(flowName)).isEqualTo(javaName);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "open          | OPEN",
      "in progress   | IN_PROGRESS",
      "in-progress   | IN_PROGRESS",
      "inProgress    | IN_PROGRESS",
      "IN_PROGRESS   | IN_PROGRESS",
      "next-day      | NEXT_DAY",
      "1st           | VALUE_1ST",
      "42            | VALUE_42",
      "+1            | PLUS_1",
      "-1            | MINUS_1",
      "key account   | KEY_ACCOUNT",
      "''            | EMPTY",
      "%             | PERCENT",
  })
  void constantNames(String value, String constant) {
    assertThat(JavaNames.constantName(value)).isEqualTo(constant);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", value = {
      "Create Order     | create-order",
      "GetOrderStatus   | get-order-status",
      "Send e-mail (v2) | send-e-mail-v2",
      "Größe ändern     | grosse-andern",
      "名前             | ''",
  })
  void kebabCase(String name, String kebab) {
    assertThat(JavaNames.kebabCase(name)).isEqualTo(kebab);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "com.example.orders, true",
      "orders, true",
      "com.example.class, false",
      "com..example, false",
      "com.1example, false",
      "'', false",
      ".com, false",
  })
  void packageNames(String name, boolean valid) {
    assertThat(JavaNames.isPackageName(name)).isEqualTo(valid);
  }
}
