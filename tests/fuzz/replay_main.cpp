// The corpus replay: a harness built without libFuzzer (by gcc too) runs every file of its
// seed corpus once, so the normal suite checks that the harnesses build and that no saved
// input (seeds and fixed crashes) fails. Usage: fuzz_replay_NAME DIR_OR_FILE...
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace fs = std::filesystem;

static int runFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return 1;
}

int main(int argc, char** argv)
{
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::directory_iterator(arg))
                if (entry.is_regular_file())
                    count += runFile(entry.path());
        } else {
            count += runFile(arg);
        }
    }
    std::printf("%d inputs replayed, none failed\n", count);
    return count > 0 ? 0 : 1; // an empty corpus is a mistake, not a pass
}
