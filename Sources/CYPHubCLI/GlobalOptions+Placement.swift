extension GlobalOptions {
    /// `arguments` with the global options given before the command, or between a group's name and its subcommand's,
    /// moved to just after the command's words, where the command's `@OptionGroup var global: GlobalOptions` reads
    /// them: `cyp --server H:P --json social-care template supervision` and
    /// `cyp social-care --json template supervision --server H:P` both become
    /// `cyp social-care template supervision --json --server H:P`. Nothing after the command's first option of its own,
    /// or after `--`, is moved; an option whose value is missing is left for the parser to report.
    public static func placed(_ arguments: [String]) -> [String] {
        var words: [String] = []
        var globals: [String] = []
        var index = arguments.startIndex
        scan: while index < arguments.endIndex {
            let argument = arguments[index]
            switch argument {
            case "--":
                break scan
            case _ where flags.contains(argument) || valueOptions.contains(where: { argument.hasPrefix($0 + "=") }):
                globals.append(argument)
                index += 1
            case _ where valueOptions.contains(argument):
                guard index + 1 < arguments.endIndex else { break scan }
                globals += [argument, arguments[index + 1]]
                index += 2
            case _ where argument.hasPrefix("-"):
                break scan
            default:
                words.append(argument)
                index += 1
            }
        }
        return words + globals + arguments[index...]
    }
}
