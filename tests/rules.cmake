# White-box units: each junk rule of src/extract/blocks.c's table fires on
# a realistic block and not on its near miss; every row names a reason and
# a fixture that exists.
add_executable(test_rules ${ALOUD_TESTS}/test_rules.c)
target_include_directories(test_rules PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_link_libraries(test_rules PRIVATE aloud_static)
add_test(NAME rules COMMAND test_rules ${PROJECT_SOURCE_DIR})
set_tests_properties(rules PROPERTIES LABELS fast)
