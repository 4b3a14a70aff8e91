/**
 * Small implementations of the orders example's generated interfaces, standing in for "your own
 * classes" wherever a doc snippet writes {@code new CreateOrder()}, {@code new Tickets()} and so on.
 * Not a doc snippet themselves: prebuild.groovy compiles the docs' snippets against them.
 */
package com.example.orders;
