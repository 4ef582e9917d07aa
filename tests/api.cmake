# Layer 1: the C API on a tiny harness, and the public header alone.
add_executable(test_api ${ALOUD_TESTS}/test_api.c)
target_link_libraries(test_api PRIVATE aloud)
set_target_properties(test_api PROPERTIES BUILD_RPATH "${CMAKE_BINARY_DIR}")
add_test(NAME api COMMAND test_api)
set_tests_properties(api PROPERTIES LABELS fast)

add_executable(header_test ${ALOUD_TESTS}/header_test.c)
target_compile_options(header_test PRIVATE -std=c99 -pedantic -Werror -Wall -Wextra)
target_link_libraries(header_test PRIVATE aloud)
set_target_properties(header_test PROPERTIES BUILD_RPATH "${CMAKE_BINARY_DIR}")
add_test(NAME header COMMAND header_test)
set_tests_properties(header PROPERTIES LABELS fast)

# Layer 3: CLI behaviour (options, output modes, usage errors).
add_test(NAME cli COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/test_cli.py ${ALOUD_BIN})
set_tests_properties(cli PROPERTIES LABELS slow)

# White-box units: text helpers and the boilerplate lexicon.
add_executable(test_units ${ALOUD_TESTS}/test_units.c)
target_include_directories(test_units PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_link_libraries(test_units PRIVATE aloud_static)
add_test(NAME units COMMAND test_units)
set_tests_properties(units PROPERTIES LABELS fast)

# The call graph between library files has no cycle (issue: stage folders).
add_test(NAME callgraph_acyclic COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/check-callgraph.py ${PROJECT_SOURCE_DIR}/src)
set_tests_properties(callgraph_acyclic PROPERTIES LABELS fast)

# The language-data generator refuses duplicates, entries outside a table
# and a table opened twice in one file (a reader would find half of it).
set(ALOUD_LANGDATA_ERROR_dup "xx.txt:3: duplicate entry 'share this' in \\[extract.share\\]")
set(ALOUD_LANGDATA_ERROR_outside "xx.txt:1: entry before any \\[stage.table\\] line")
set(ALOUD_LANGDATA_ERROR_reopen "xx.txt:6: table \\[extract.share\\] opened again")
foreach(bad dup outside reopen)
  add_test(NAME langdata_refuses_${bad}
    COMMAND ${Python3_EXECUTABLE} ${PROJECT_SOURCE_DIR}/scripts/gen-langdata.py
            ${CMAKE_CURRENT_BINARY_DIR}/langdata_${bad}.c ${ALOUD_TESTS}/langdata/${bad}/xx.txt)
  set_tests_properties(langdata_refuses_${bad} PROPERTIES
    PASS_REGULAR_EXPRESSION "${ALOUD_LANGDATA_ERROR_${bad}}" LABELS fast)
endforeach()
