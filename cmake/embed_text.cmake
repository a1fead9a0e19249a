# embed_text(TARGET_VAR INPUT NAMESPACE SYMBOL): turns a text file (a JavaScript
# snippet, an HTML page) into a generated header holding it as a raw string, so
# the binary needs no data files at run time and the source stays a readable file.
function(embed_text out_var input symbol)
  get_filename_component(abs_input "${input}" ABSOLUTE)
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.h")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${abs_input} -DOUTPUT=${out} -DSYMBOL=${symbol}
            -P "${PROJECT_SOURCE_DIR}/cmake/embed_text_run.cmake"
    DEPENDS "${abs_input}" "${PROJECT_SOURCE_DIR}/cmake/embed_text_run.cmake"
    COMMENT "Embedding ${input}")
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
