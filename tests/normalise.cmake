# Text normalisation (issue 10): numbers, money, dates, units, symbols and
# abbreviations as the words a human reader says. tests/normalise/<lang>.tsv
# holds input<TAB>expected rows run through al_normalise() by a C harness;
# a Python check compares espeak-ng's phonemes for a sample of them.
add_executable(test_normalise ${ALOUD_TESTS}/test_normalise.c)
target_link_libraries(test_normalise PRIVATE aloud_static)
target_include_directories(test_normalise PRIVATE ${ALOUD_PRIVATE_INCLUDES})
target_compile_definitions(test_normalise PRIVATE _POSIX_C_SOURCE=200809L _DEFAULT_SOURCE)
add_test(NAME normalise_rows COMMAND test_normalise ${ALOUD_TESTS}/normalise)

add_test(NAME normalise_phonemes
         COMMAND ${Python3_EXECUTABLE} ${ALOUD_TESTS}/normalise_phonemes.py
                 $<TARGET_FILE:test_normalise> ${ALOUD_TESTS}/normalise)
set_tests_properties(normalise_rows PROPERTIES TIMEOUT 300)
# 154 espeak-ng runs: alone under ctest -j16, so its time limit only catches a hang
set_tests_properties(normalise_phonemes PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
