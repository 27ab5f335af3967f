import GRDB
enum StorePlaceholder {}
