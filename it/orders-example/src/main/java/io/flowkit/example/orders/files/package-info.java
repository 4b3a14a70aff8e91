/** The example's file resource {@code Receipt}: uploads streamed into a directory, with a size cap. */
package io.flowkit.example.orders.files;
