# The pronunciation lexicon (issue 10): whole-word, case and language rules,
# user and configuration files, the error message of every malformed file
# (tests/pronounce/bad-*.lex), and its cost on an 85-minute article. A
# Python check compares espeak-ng's phonemes for a sample of the shipped
# entries (tests/pronounce/phonemes.tsv) before and after the lexicon.
add_executable(test_pronounce ${ALOUD_TESTS}/test_pronounce.c)
target_link_libraries(test_pronounce PRIVATE aloud_static)
target_include_directories(test_pronounce PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_compile_definitions(test_pronounce PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME pronounce_rules COMMAND test_pronounce ${ALOUD_TESTS}/pronounce)

add_test(NAME pronounce_phonemes
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/pronounce/phonemes.py
                 $<TARGET_FILE:test_pronounce> ${ALOUD_TESTS}/pronounce/phonemes.tsv)
set_tests_properties(pronounce_rules pronounce_phonemes PROPERTIES TIMEOUT 120 LABELS fast)
